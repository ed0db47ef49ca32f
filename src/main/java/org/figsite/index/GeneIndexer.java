package org.figsite.index;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.figsite.model.GeneMention;

/**
 * Groups figures by gene page: one page per symbol of each organism ({@link SitePaths#geneKey}).
 * Part of {@link SiteIndexer}, which hands it the figures one at a time in index order; it keeps,
 * per gene, a growing int list and its NCBI Gene ids, never a figure.
 */
final class GeneIndexer {
  private final Map<String, Gene> genes = new HashMap<>();
  /** By taxon: the first name seen, and the figures with NCBI Gene ids of that organism. */
  private final Map<String, Organism> organisms = new HashMap<>();

  /** Adds figure {@code i}; figures must come in index order, each once. */
  void add(int i, FigureSummary f) {
    for (OrganismGenes og : f.genes()) {
      if (!og.ncbiIds().isEmpty()) organisms.computeIfAbsent(og.taxon(), t -> new Organism(og.organism())).figures.add(i);
      String dir = og.taxon().equals(GeneMention.HUMAN_TAXON) ? null : SitePaths.geneOrganismDir(og.organism());
      for (int k = 0; k < og.symbols().size(); k++) {
        String symbol = og.symbols().get(k);
        String name = SitePaths.fileSafe(symbol);
        String key = dir == null ? name : dir + "/" + name;
        Gene g = genes.computeIfAbsent(key, x -> new Gene(symbol, og.taxon(), og.organism()));
        g.add(i, og.symbolIds().get(k));
      }
    }
  }

  /** Every gene, by page name; each list is dropped as it is copied, so the index is never held twice. */
  SortedMap<String, IndexedGene> genes() {
    TreeMap<String, IndexedGene> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, Gene>> it = genes.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Gene> e = it.next();
      Gene g = e.getValue();
      out.put(e.getKey(), new IndexedGene(e.getKey(), g.symbol, g.taxon, g.organism, g.sortedIds(), g.figures.toArray()));
      it.remove();
    }
    return out;
  }

  /**
   * Every organism with gene ids, human first, then by taxon id; each GMT file name made unique
   * (two names with one slug: the second gets its taxon id appended).
   */
  java.util.List<GeneOrganism> organisms() {
    java.util.List<String> taxa = new java.util.ArrayList<>(organisms.keySet());
    taxa.sort(Comparator.comparing((String t) -> !t.equals(GeneMention.HUMAN_TAXON))
        .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    java.util.Set<String> files = new java.util.HashSet<>();
    java.util.List<GeneOrganism> out = new java.util.ArrayList<>(taxa.size());
    for (String t : taxa) {
      Organism o = organisms.get(t);
      String file = SitePaths.gmtFile(t, o.name);
      if (!files.add(file)) {
        file = file.substring(0, file.length() - ".gmt".length()) + "-" + t + ".gmt";
        files.add(file);
      }
      out.add(new GeneOrganism(t, o.name, file, o.figures.toArray()));
    }
    return java.util.List.copyOf(out);
  }

  private static final class Organism {
    final String name;
    final IntList figures = new IntList();

    Organism(String name) {
      this.name = name;
    }
  }

  /** One gene while the figures are added: the first figure's names, and the ids seen so far. */
  private static final class Gene {
    private static final String[] NO_IDS = new String[0];
    final String symbol;
    final String taxon;
    final String organism;
    final IntList figures = new IntList();
    String[] ids = NO_IDS;
    int last = -1;

    Gene(String symbol, String taxon, String organism) {
      this.symbol = symbol;
      this.taxon = taxon;
      this.organism = organism;
    }

    void add(int figure, String spaceSeparatedIds) {
      // Two organisms whose names have the same slug share a page: a figure counts once.
      if (figure != last) figures.add(figure);
      last = figure;
      if (spaceSeparatedIds.isEmpty()) return;
      for (String id : spaceSeparatedIds.split(" ")) {
        if (!contains(ids, id)) {
          ids = Arrays.copyOf(ids, ids.length + 1);
          ids[ids.length - 1] = id;
        }
      }
    }

    String[] sortedIds() {
      String[] s = ids.clone();
      Arrays.sort(s, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
      return s;
    }

    private static boolean contains(String[] a, String v) {
      for (String x : a) if (x.equals(v)) return true;
      return false;
    }
  }
}
