package org.figsite.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.figsite.diag.Printable;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.model.Redirect;

/**
 * The only place where facts about several records at once are computed: duplicate and
 * case-colliding figids, redirect paths and their collisions, the gene index, and (through {@link
 * FacetIndexer}) the organism, chemical and disease indexes.
 */
public final class SiteIndexer {
  private SiteIndexer() {}

  /** Indexes every figure; any cross-record problem is an error (the build then fails). */
  public static SiteIndex index(List<FigureSummary> summaries, Problems problems) {
    return index(summaries, problems, new ArrayList<>());
  }

  /**
   * Indexes the figures, reporting each cross-record problem and leaving the figure that causes it
   * out of the index (it is added to {@code dropped}), so that a build that skips invalid records
   * publishes a consistent site. The rules are deterministic: figure pages take their paths before
   * any redirect does; among pages, and then among redirects, the record whose source path sorts
   * first keeps the path and the later one is dropped. A figure with any bad redirect is dropped
   * whole, and none of its redirects is kept.
   *
   * @param summaries the figures that passed their own checks, in any order
   * @param dropped receives the figures left out
   */
  public static SiteIndex index(List<FigureSummary> summaries, Problems problems, List<FigureSummary> dropped) {
    List<FigureSummary> bySource = new ArrayList<>(summaries);
    bySource.sort(Comparator.comparing(FigureSummary::sourcePath));
    Set<FigureSummary> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    // Output paths taken so far, folded to lower case: two paths that differ only by case are the
    // same file on macOS and Windows. The value says who took it, for the message.
    Map<String, Owner> taken = new HashMap<>(bySource.size() * 3);
    for (FigureSummary f : bySource) {
      String key = SitePaths.figurePage(f.figid()).toLowerCase(Locale.ROOT);
      if (key.equals(SitePaths.figureIndexPage(1))) {
        problems.add(Problem.error(f.figidPos(), "figid " + Printable.quote(f.figid())
            + " would replace the figure index /figures/index.html").withHint("rename the figure"));
        continue;
      }
      Owner prev = taken.putIfAbsent(key, new Owner(f, f.figidPos(), f.figid(), true));
      if (prev == null) continue;
      out.add(f);
      if (prev.figure.figid().equals(f.figid())) {
        problems.add(Problem.error(f.figidPos(), "duplicate figid " + Printable.quote(f.figid())
            + ": also in " + prev.pos).withHint("each record needs its own figid; remove or rename one of the two files"));
      } else {
        problems.add(Problem.error(f.figidPos(), "figid " + Printable.quote(f.figid()) + " differs from "
            + Printable.quote(prev.figure.figid()) + " (" + prev.pos + ") only by letter case")
            .withHint("pages whose names differ only by case overwrite each other on case-insensitive file systems (macOS, Windows)"));
      }
    }

    Map<FigureSummary, List<String>> stubFiles = new IdentityHashMap<>();
    for (FigureSummary f : bySource) {
      if (out.contains(f)) continue;
      Map<String, Owner> mine = new LinkedHashMap<>();
      boolean bad = false;
      for (Redirect r : f.redirects()) {
        Optional<String> why = RedirectPaths.whyInvalid(r.path());
        if (why.isPresent()) {
          problems.add(Problem.error(r.pos(), "redirect " + Printable.quote(r.path())
              + " is not a plain site-relative path: it " + why.get())
              .withHint("write a path on this site such as /figures/PMC1234__F2"));
          bad = true;
          continue;
        }
        String file = RedirectPaths.stubFile(r.path());
        if (RedirectPaths.isReserved(file)) {
          problems.add(Problem.error(r.pos(), "redirect " + Printable.quote(r.path())
              + " would replace " + file + ", which figsite writes itself")
              .withHint("choose a path outside /genes/, /assets/, /search/ and the site's own files"));
          bad = true;
          continue;
        }
        String key = file.toLowerCase(Locale.ROOT);
        Owner prev = taken.get(key);
        if (prev == null) {
          mine.putIfAbsent(key, new Owner(f, r.pos(), file, false));
        } else if (prev.figure != f || prev.isPage) {
          String what = prev.isPage
              ? "the page of figure " + Printable.quote(prev.figure.figid())
              : "the redirect of figure " + Printable.quote(prev.figure.figid());
          problems.add(Problem.error(r.pos(), "redirect " + Printable.quote(r.path()) + " of figure "
              + Printable.quote(f.figid()) + " collides with " + what + " (" + prev.pos + ")")
              .withHint("every alias must lead to exactly one figure: change or remove one of them"));
          bad = true;
        }
      }
      if (bad) {
        out.add(f);
        continue;
      }
      taken.putAll(mine);
      List<String> files = new ArrayList<>();
      for (Owner o : mine.values()) files.add(o.what);
      stubFiles.put(f, files);
    }

    List<FigureSummary> figures = new ArrayList<>(bySource.size());
    for (FigureSummary f : bySource) {
      if (out.contains(f)) dropped.add(f);
      else figures.add(f);
    }
    figures.sort(Comparator.comparing(FigureSummary::figid).thenComparing(FigureSummary::sourcePath));
    List<SiteIndex.Stub> stubs = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      for (String file : stubFiles.get(figures.get(i))) stubs.add(new SiteIndex.Stub(file, i));
    }
    stubs.sort(Comparator.comparing(SiteIndex.Stub::file));

    TreeMap<String, int[]> genes = geneIndex(figures);
    for (String symbol : genes.keySet()) {
      if (symbol.equalsIgnoreCase("index")) {
        FigureSummary f = figures.get(genes.get(symbol)[0]);
        problems.add(Problem.error(SourcePos.ofFile(f.sourcePath()), "gene symbol " + Printable.quote(symbol)
            + " would replace the gene index page /genes/index.html")
            .withHint("'index' is not an HGNC symbol; correct the hgnc_symbol of this gene"));
      }
    }
    return new SiteIndex(List.copyOf(figures), List.copyOf(stubs), genes,
        FacetIndexer.organisms(figures), FacetIndexer.terms(figures, FigureSummary::chemicals),
        FacetIndexer.terms(figures, FigureSummary::diseases), FacetIndexer.newestFirst(figures));
  }

  private static TreeMap<String, int[]> geneIndex(List<FigureSummary> figures) {
    Map<String, IntList> lists = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      for (String s : figures.get(i).geneSymbols()) {
        lists.computeIfAbsent(s, k -> new IntList()).add(i);
      }
    }
    TreeMap<String, int[]> out = new TreeMap<>();
    lists.forEach((k, v) -> out.put(k, v.toArray()));
    return out;
  }

  private record Owner(FigureSummary figure, SourcePos pos, String what, boolean isPage) {}

  /** A growable int array: the gene index holds millions of entries, too many to box. */
  static final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int v) {
      if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
      items[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(items, size);
    }
  }
}
