package org.figsite.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.figsite.index.FigureBrief;
import org.figsite.index.FigureSummary;
import org.figsite.index.IndexedGene;
import org.figsite.index.OrganismGenes;
import org.figsite.index.SearchTokens;
import org.figsite.index.SiteIndex;

/**
 * Which figures each search token finds, by figure number (newest first, see {@link
 * SearchIndexWriter}). Built for a million figures: gene tokens are answered from the site
 * index's gene lists when asked for, and printed, title and organism words are gathered in one
 * pass over the figures' briefs into {@link GapList}s, so that memory holds about ten bytes per
 * figure and word.
 */
final class SearchPostings {
  /**
   * A token's figures: the gene symbol it stands for (or null), and sorted figure numbers of the
   * figures that list the gene, print the word ({@link FigureSummary#printedWords}), or have it in
   * their title or organisms.
   */
  record Entry(String symbol, int[] genes, int[] printed, int[] title, int[] organisms) {}

  private static final int[] NONE = new int[0];

  private final SiteIndex index;
  private final int[] numberOf;
  /** For each gene token, the gene pages ({@link IndexedGene#key}) whose symbols normalise to it, sorted. */
  private final Map<String, List<String>> geneTokens = new HashMap<>();
  private final Map<String, GapList> printed = new HashMap<>();
  private final Map<String, GapList> title = new HashMap<>();
  private final Map<String, GapList> organisms = new HashMap<>();

  /** @param numberOf each figure's number */
  SearchPostings(SiteIndex index, int[] numberOf) {
    this.index = index;
    this.numberOf = numberOf;
    for (IndexedGene g : index.genes().values()) {
      geneTokens.computeIfAbsent(SearchTokens.normalize(g.symbol()), k -> new ArrayList<>()).add(g.key());
    }
    int[] order = index.newestFirst();
    for (int n = 0; n < order.length; n++) {
      FigureBrief f = index.brief(order[n]);
      for (String w : index.printedWords(order[n])) printed.computeIfAbsent(w, k -> new GapList()).addOnce(n);
      for (String w : SearchTokens.words(f.title())) title.computeIfAbsent(w, k -> new GapList()).addOnce(n);
      for (String o : f.organisms()) {
        for (String w : SearchTokens.words(o)) organisms.computeIfAbsent(w, k -> new GapList()).addOnce(n);
      }
    }
  }

  /** Every token, sorted. */
  String[] tokens() {
    TreeSet<String> all = new TreeSet<>(geneTokens.keySet());
    all.addAll(printed.keySet());
    all.addAll(title.keySet());
    all.addAll(organisms.keySet());
    return all.toArray(new String[0]);
  }

  Entry entry(String token) {
    List<String> symbols = geneTokens.get(token);
    String symbol = null;
    int[] genes = NONE;
    if (symbols != null) {
      genes = geneNumbers(symbols);
      symbol = firstSeen(symbols);
    }
    return new Entry(symbol, genes, numbers(printed, token), numbers(title, token), numbers(organisms, token));
  }

  private static int[] numbers(Map<String, GapList> postings, String token) {
    GapList l = postings.get(token);
    return l == null ? NONE : l.toArray();
  }

  /** The numbers of the figures that mention any of the symbols, sorted, each once. */
  private int[] geneNumbers(List<String> symbols) {
    int total = 0;
    for (String s : symbols) total += index.genes().get(s).figures().length;
    int[] out = new int[total];
    int at = 0;
    for (String s : symbols) for (int fig : index.genes().get(s).figures()) out[at++] = numberOf[fig];
    Arrays.sort(out);
    int unique = 0;
    for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[unique - 1]) out[unique++] = out[i];
    return unique == out.length ? out : Arrays.copyOf(out, unique);
  }

  /**
   * The symbol shown for a token that several genes normalise to (TP53 and tp53, human AKT1 and
   * mouse Akt1): the one met first going through the figures newest first, and through each
   * figure's genes in order (human first).
   */
  private String firstSeen(List<String> keys) {
    if (keys.size() == 1) return index.genes().get(keys.get(0)).symbol();
    TreeMap<Integer, List<String>> byFirst = new TreeMap<>();
    for (String k : keys) {
      int first = Integer.MAX_VALUE;
      for (int fig : index.genes().get(k).figures()) first = Math.min(first, numberOf[fig]);
      byFirst.computeIfAbsent(first, x -> new ArrayList<>()).add(k);
    }
    List<String> tied = byFirst.firstEntry().getValue();
    if (tied.size() == 1) return index.genes().get(tied.get(0)).symbol();
    Set<String> symbols = new HashSet<>();
    for (String k : tied) symbols.add(index.genes().get(k).symbol());
    for (OrganismGenes og : index.figure(index.newestFirst()[byFirst.firstKey()]).genes()) {
      for (String s : og.symbols()) if (symbols.contains(s)) return s;
    }
    throw new IllegalStateException("the figure mentions none of " + tied);
  }
}
