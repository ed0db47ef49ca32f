package org.figsite.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.figsite.model.Term;

/**
 * Groups figures by organism, chemical and disease, and orders them newest first. Part of {@link
 * SiteIndexer}; every result is sorted so the same corpus always gives the same pages.
 */
final class FacetIndexer {
  private FacetIndexer() {}

  /**
   * One facet per distinct organism name. Names are sorted and take their slug in that order; a
   * slug already taken (or {@code index}, the A–Z page) gets {@code -2}, {@code -3}… appended.
   */
  static List<Facet> organisms(List<FigureSummary> figures) {
    TreeMap<String, SiteIndexer.IntList> byName = new TreeMap<>();
    for (int i = 0; i < figures.size(); i++) {
      for (String o : distinct(figures.get(i).organisms())) {
        String name = o.strip();
        if (!name.isEmpty()) byName.computeIfAbsent(name, k -> new SiteIndexer.IntList()).add(i);
      }
    }
    Set<String> taken = new HashSet<>();
    taken.add("index");
    List<Facet> out = new ArrayList<>(byName.size());
    byName.forEach((name, figs) -> {
      String base = SitePaths.slug(name);
      String slug = base;
      for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
      out.add(new Facet(slug, name, figs.toArray()));
    });
    out.sort(Comparator.comparing(Facet::key));
    return List.copyOf(out);
  }

  /** One facet per term identifier that can name a page; labelled by its most common word. */
  static List<Facet> terms(List<FigureSummary> figures, Function<FigureSummary, List<Term>> terms) {
    Map<String, SiteIndexer.IntList> byId = new HashMap<>();
    Map<String, Map<String, Integer>> words = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      Set<String> seen = new HashSet<>();
      for (Term t : terms.apply(figures.get(i))) {
        Optional<String> id = SitePaths.termId(t.identifier());
        if (id.isEmpty()) continue;
        String key = id.get();
        if (!t.word().isBlank()) words.computeIfAbsent(key, k -> new HashMap<>()).merge(t.word().strip(), 1, Integer::sum);
        if (seen.add(key)) byId.computeIfAbsent(key, k -> new SiteIndexer.IntList()).add(i);
      }
    }
    List<Facet> out = new ArrayList<>(byId.size());
    new TreeMap<>(byId).forEach((id, figs) -> out.add(new Facet(id, label(id, words.get(id)), figs.toArray())));
    return List.copyOf(out);
  }

  /** Figure indexes by year descending, figures without a year last, ties by figid (= index). */
  static int[] newestFirst(List<FigureSummary> figures) {
    Integer[] order = new Integer[figures.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -year(figures.get(i))).thenComparingInt(i -> i));
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) out[i] = order[i];
    return out;
  }

  private static int year(FigureSummary f) {
    return f.year().isEmpty() ? -1 : Integer.parseInt(f.year());
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

  private static List<String> distinct(List<String> in) {
    return in.size() <= 1 ? in : new ArrayList<>(new java.util.LinkedHashSet<>(in));
  }
}
