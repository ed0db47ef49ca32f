package org.figsite.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.figsite.diag.Printable;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.model.Page;
import org.figsite.model.Redirect;
import org.figsite.model.RedirectPaths;

/**
 * The only place where facts about several records at once are computed: duplicate and
 * case-colliding figids, redirect paths and their collisions, the gene index, and (through {@link
 * FacetIndexer}) the organism, chemical and disease indexes.
 *
 * <p>Built for a million records: it reads the summaries a few times over, a figure at a time,
 * and keeps only arrays of ints, a table of path hashes while it checks collisions, and the
 * figids while it sorts them.
 */
public final class SiteIndexer {
  private SiteIndexer() {}

  /** Indexes every figure; any cross-record problem is an error (the build then fails). */
  public static SiteIndex index(Summaries summaries, Problems problems) {
    return index(summaries, problems, new ArrayList<>(), List.of());
  }

  /** {@link #index(Summaries, Problems, List, List)} for a site without pages. */
  public static SiteIndex index(Summaries summaries, Problems problems, List<Integer> dropped) {
    return index(summaries, problems, dropped, List.of());
  }

  /**
   * Indexes the figures, reporting each cross-record problem and leaving the figure that causes it
   * out of the index (its slot is added to {@code dropped}), so that a build that skips invalid
   * records publishes a consistent site. The rules are deterministic: figure pages take their
   * paths before any redirect does; among pages, and then among redirects, the record whose source
   * path sorts first keeps the path and the later one is dropped. A redirect onto a site page
   * ({@code /faq} with {@code content/pages/faq.md}, in any letter case) is an error too: the page
   * wins. A figure with any bad redirect is dropped whole, and none of its redirects is kept.
   *
   * @param summaries the figures that passed their own checks, by slot in source-path order
   * @param dropped receives the slots of the figures left out, ascending
   * @param pages the site pages, each written at {@code /NAME.html}
   */
  public static SiteIndex index(Summaries summaries, Problems problems, List<Integer> dropped, List<Page> pages) {
    int n = summaries.slots();
    String[] figids = new String[n];
    BitSet out = new BitSet(n);
    // Output paths taken so far, folded to lower case: two paths that differ only by case are the
    // same file on macOS and Windows. The owner says who took it, for the message.
    PathClaims taken = new PathClaims(2 * n, owner -> claimedPath(summaries, figids, owner));
    claimPages(summaries, figids, taken, out, problems);
    IntList stubSlots = new IntList();
    IntList stubRedirects = new IntList();
    claimRedirects(summaries, figids, taken, pagesByPath(pages), out, problems, stubSlots, stubRedirects);
    taken = null;

    int[] slots = figidOrder(summaries, figids, out);
    for (int s = out.nextSetBit(0); s >= 0; s = out.nextSetBit(s + 1)) dropped.add(s);
    StubOrder stubs = stubsByFigure(n, slots, stubSlots.toArray(), stubRedirects.toArray());

    GeneIndexer geneIndexer = new GeneIndexer();
    FacetIndexer facets = new FacetIndexer();
    for (int i = 0; i < slots.length; i++) {
      FigureSummary f = summaries.get(slots[i]);
      geneIndexer.add(i, f);
      facets.add(i, f);
    }
    // A symbol such as "index" or "CON" has a renamed page (SitePaths.fileSafe): no gene takes a path figsite writes.
    SortedMap<String, IndexedGene> genes = geneIndexer.genes();
    return new SiteIndex(summaries, slots, stubs, genes, geneIndexer.organisms(), facets.organisms(), facets.chemicals(),
        facets.diseases(), facets.newestFirst());
  }

  /** Gives each figure its page's path, first come (by source path) first served. */
  private static void claimPages(Summaries summaries, String[] figids, PathClaims taken, BitSet out,
      Problems problems) {
    for (int s = 0; s < figids.length; s++) {
      if (!summaries.has(s)) continue;
      String figid = summaries.figid(s);
      figids[s] = figid;
      // A figid "index" in any case never gets here: FigureReader refuses it, at its line.
      String key = SitePaths.figurePage(figid).toLowerCase(Locale.ROOT);
      long prev = taken.claimIfAbsent(key, pageOwner(s));
      if (prev == PathClaims.NONE) continue;
      out.set(s);
      SourcePos pos = summaries.get(s).figidPos();
      String prevFigid = figids[ownerSlot(prev)];
      SourcePos prevPos = summaries.get(ownerSlot(prev)).figidPos();
      if (prevFigid.equals(figid)) {
        problems.add(Problem.error(pos, "duplicate figid " + Printable.quote(figid)
            + ": also in " + prevPos).withHint("each record needs its own figid; remove or rename one of the two files"));
      } else {
        problems.add(Problem.error(pos, "figid " + Printable.quote(figid) + " differs from "
            + Printable.quote(prevFigid) + " (" + prevPos + ") only by letter case")
            .withHint("pages whose names differ only by case overwrite each other on case-insensitive file systems (macOS, Windows)"));
      }
    }
  }

  /** The site pages by their output path folded to lower case ({@code /faq.html}). */
  private static Map<String, Page> pagesByPath(List<Page> pages) {
    Map<String, Page> out = new HashMap<>();
    for (Page p : pages) out.putIfAbsent(("/" + p.name() + ".html").toLowerCase(Locale.ROOT), p);
    return out;
  }

  /**
   * Gives each figure still in the index the stub paths of its redirects, or drops it when any of
   * them is taken (by a figure or a site page); the stubs kept go to {@code stubSlots} and {@code
   * stubRedirects}. The redirects' own rules ({@code RedirectPaths}) were checked as each record
   * was read.
   */
  private static void claimRedirects(Summaries summaries, String[] figids, PathClaims taken, Map<String, Page> pages,
      BitSet out, Problems problems, IntList stubSlots, IntList stubRedirects) {
    for (int s = 0; s < figids.length; s++) {
      if (!summaries.has(s) || out.get(s)) continue;
      List<Redirect> redirects = summaries.redirects(s);
      if (redirects.isEmpty()) continue;
      Map<String, Integer> mine = new LinkedHashMap<>();
      boolean bad = false;
      for (int r = 0; r < redirects.size(); r++) {
        Redirect red = redirects.get(r);
        String file = RedirectPaths.stubFile(red.path());
        String key = file.toLowerCase(Locale.ROOT);
        Page page = pages.get(key);
        if (page != null) {
          problems.add(Problem.error(red.pos(), "redirect " + Printable.quote(red.path()) + " of figure "
              + Printable.quote(figids[s]) + " would replace the site page " + page.sourcePath() + " (/" + page.name() + ".html)")
              .withHint("a site page keeps its address: change or remove the redirect, or rename the page"));
          bad = true;
          continue;
        }
        long prev = taken.find(key);
        if (prev == PathClaims.NONE) {
          mine.putIfAbsent(key, r);
        } else if (ownerSlot(prev) == s && ownerRedirect(prev) < 0) {
          // The figure's own page, written another way: PMC1__ga1 with the alias PMC1__GA1. The same
          // path needs no stub; one differing by case gets one (GitHub Pages tells them apart), and
          // the writer leaves it out where the file system cannot (render/StubPages).
          if (!file.equals(SitePaths.figurePage(figids[s]))) mine.putIfAbsent(key, r);
        } else if (ownerSlot(prev) != s || ownerRedirect(prev) < 0) {
          int p = ownerSlot(prev);
          boolean isPage = ownerRedirect(prev) < 0;
          String what = (isPage ? "the page of figure " : "the redirect of figure ") + Printable.quote(figids[p]);
          SourcePos prevPos = isPage ? summaries.get(p).figidPos() : summaries.redirects(p).get(ownerRedirect(prev)).pos();
          problems.add(Problem.error(red.pos(), "redirect " + Printable.quote(red.path()) + " of figure "
              + Printable.quote(figids[s]) + " collides with " + what + " (" + prevPos + ")")
              .withHint("every alias must lead to exactly one figure: change or remove one of them"));
          bad = true;
        }
      }
      if (bad) {
        out.set(s);
        continue;
      }
      for (Map.Entry<String, Integer> e : mine.entrySet()) {
        taken.claimIfAbsent(e.getKey(), redirectOwner(s, e.getValue()));
        stubSlots.add(s);
        stubRedirects.add(e.getValue());
      }
    }
  }

  /** The slots of the figures kept, by figid, then by source path (= slot). */
  private static int[] figidOrder(Summaries summaries, String[] figids, BitSet out) {
    List<Integer> kept = new ArrayList<>();
    for (int s = 0; s < figids.length; s++) if (summaries.has(s) && !out.get(s)) kept.add(s);
    Integer[] order = kept.toArray(new Integer[0]);
    kept = null;
    // Usually sorted already (files are named after their figids), which the sort sees in one pass.
    Arrays.sort(order, (a, b) -> {
      int c = figids[a].compareTo(figids[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] slots = new int[order.length];
    for (int i = 0; i < slots.length; i++) slots[i] = order[i];
    return slots;
  }

  /** The stubs in the order of their figures. */
  private static StubOrder stubsByFigure(int n, int[] slots, int[] stubSlots, int[] stubRedirects) {
    // Stubs were found in slot order, each slot's together: where each slot's run starts.
    int[] first = new int[n + 1];
    for (int s : stubSlots) first[s + 1]++;
    for (int s = 0; s < n; s++) first[s + 1] += first[s];
    int[] figures = new int[stubSlots.length];
    int[] redirects = new int[stubSlots.length];
    int k = 0;
    for (int i = 0; i < slots.length; i++) {
      for (int j = first[slots[i]]; j < first[slots[i] + 1]; j++) {
        figures[k] = i;
        redirects[k] = stubRedirects[j];
        k++;
      }
    }
    return new StubOrder(figures, redirects);
  }

  /** The folded path an owner claimed, recomputed to confirm a hash match. */
  private static String claimedPath(Summaries summaries, String[] figids, long owner) {
    int slot = ownerSlot(owner);
    int r = ownerRedirect(owner);
    String path = r < 0 ? SitePaths.figurePage(figids[slot])
        : RedirectPaths.stubFile(summaries.redirects(slot).get(r).path());
    return path.toLowerCase(Locale.ROOT);
  }

  // An owner is a slot in the high half and, in the low half, 0 for the figure's page or 1 + the
  // index of one of its redirects.

  private static long pageOwner(int slot) {
    return (long) slot << 32;
  }

  private static long redirectOwner(int slot, int redirect) {
    return ((long) slot << 32) | (redirect + 1);
  }

  private static int ownerSlot(long owner) {
    return (int) (owner >>> 32);
  }

  private static int ownerRedirect(long owner) {
    return (int) owner - 1;
  }
}
