package org.figsite.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.figsite.model.Term;
import org.figsite.model.TextKeys;

/**
 * Groups figures by organism, chemical and disease, and orders them newest first. Part of {@link
 * SiteIndexer}, which hands it the figures one at a time in index order ({@link #add}), so that no
 * figure needs to stay in memory; every result is sorted so the same corpus always gives the same
 * pages.
 */
final class FacetIndexer {
  /** Years are four digits; a figure without one sorts after every year. */
  private static final int NO_YEAR = -1;

  private final Map<String, IntList> organisms = new HashMap<>();
  private final Terms chemicals = new Terms();
  private final Terms diseases = new Terms();
  private final IntList years = new IntList();

  /** Adds figure {@code i}; figures must come in index order, each once. */
  void add(int i, FigureSummary f) {
    // One organism however its accents are encoded: names are compared in Unicode NFC.
    for (String o : distinct(nfc(f.organisms()))) {
      String name = o.strip();
      if (!name.isEmpty()) organisms.computeIfAbsent(name, k -> new IntList()).add(i);
    }
    chemicals.add(i, f.chemicals());
    diseases.add(i, f.diseases());
    years.add(f.year().isEmpty() ? NO_YEAR : Integer.parseInt(f.year()));
  }

  /**
   * One facet per distinct organism name. Names are sorted and take their slug in that order; a
   * slug already taken (or {@code index}, the A–Z page) gets {@code -2}, {@code -3}… appended.
   */
  List<Facet> organisms() {
    Set<String> taken = new HashSet<>();
    taken.add("index");
    List<Facet> out = new ArrayList<>(organisms.size());
    new TreeMap<>(organisms).forEach((name, figs) -> {
      String base = SitePaths.slug(name);
      String slug = base;
      for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
      out.add(new Facet(slug, name, figs.toArray()));
    });
    out.sort(Comparator.comparing(Facet::key));
    return List.copyOf(out);
  }

  List<Facet> chemicals() {
    return chemicals.facets();
  }

  List<Facet> diseases() {
    return diseases.facets();
  }

  /** Figure indexes by year descending, figures without a year last, ties by figid (= index). */
  int[] newestFirst() {
    int[] year = years.toArray();
    // (10000 - year) in the high half, the index in the low half: one primitive sort does it.
    long[] keys = new long[year.length];
    for (int i = 0; i < keys.length; i++) keys[i] = ((long) (10_000 - year[i]) << 32) | i;
    Arrays.sort(keys);
    int[] out = new int[keys.length];
    for (int i = 0; i < out.length; i++) out[i] = (int) keys[i];
    return out;
  }

  /** The chemicals or the diseases: one facet per term identifier that can name a page. */
  private static final class Terms {
    private final Map<String, IntList> byId = new HashMap<>();
    private final Map<String, Map<String, Integer>> words = new HashMap<>();

    void add(int i, List<Term> terms) {
      Set<String> seen = terms.size() <= 1 ? null : new HashSet<>();
      for (Term t : terms) {
        Optional<String> id = SitePaths.termId(t.identifier());
        if (id.isEmpty()) continue;
        String key = id.get();
        // One name however its accents are encoded, as for organisms.
        String label = TextKeys.nfc(t.label().strip());
        if (!label.isEmpty()) words.computeIfAbsent(key, k -> new HashMap<>()).merge(label, 1, Integer::sum);
        if (seen == null || seen.add(key)) byId.computeIfAbsent(key, k -> new IntList()).add(i);
      }
    }

    /** Sorted by identifier; each labelled by its most common name (the vocabulary's, else the word). */
    List<Facet> facets() {
      List<Facet> out = new ArrayList<>(byId.size());
      new TreeMap<>(byId).forEach((id, figs) -> out.add(new Facet(id, label(id, words.get(id)), figs.toArray())));
      return List.copyOf(out);
    }

    private static String label(String id, Map<String, Integer> counts) {
      if (counts == null) return id;
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }
  }

  private static List<String> nfc(List<String> in) {
    List<String> out = new ArrayList<>(in.size());
    for (String s : in) out.add(TextKeys.nfc(s));
    return out;
  }

  private static List<String> distinct(List<String> in) {
    return in.size() <= 1 ? in : new ArrayList<>(new LinkedHashSet<>(in));
  }
}
