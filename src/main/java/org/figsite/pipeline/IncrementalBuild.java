package org.figsite.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.figsite.cache.BuildCache;
import org.figsite.cache.StoredSummaries;
import org.figsite.cache.SummaryCodec;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureSummary;
import org.figsite.index.SiteIndex;
import org.figsite.index.SiteIndexer;
import org.figsite.index.SitePaths;
import org.figsite.load.PackedStrings;
import org.figsite.load.RecordFiles;
import org.figsite.render.Theme;
import org.figsite.write.IoReason;
import org.figsite.write.OutputTree;
import org.figsite.write.SiteChanges;

/**
 * Redoes only what changed since the last build, in the published folder itself.
 *
 * <p>It relies on one property of the pages: a figure's own files (page, JSON, TSV) depend only on
 * its record, the configuration and the templates, while every other page depends on records only
 * through their {@link FigureSummary}. So:
 *
 * <ol>
 *   <li>records whose size or date changed are read, checked and rendered into memory;
 *   <li>if any check fails, nothing is written and the build fails like a full one would;
 *   <li>if no summary changed (say, only a caption), only those records' files are replaced;
 *   <li>otherwise the whole index is rebuilt from the cached summaries and the site-wide pages are
 *       rendered again, each written only if its bytes changed, and the site-wide pages that no
 *       longer exist are deleted.
 * </ol>
 *
 * Nothing in the published folder changes until everything is written beside it: then a journal
 * is written and the files are renamed into place ({@link SiteChanges}), so a failure before that
 * leaves the site byte-identical, and a run killed during the renames is finished by the next one,
 * which also drops the cache. The cache is written after the renames. Many changed records make a full build
 * cheaper, and then {@link #run} declines.
 */
final class IncrementalBuild {
  private final BuildRun run;
  private final BuildInputs in;
  private final BuildCache cache;
  /** Changed records beyond which a JVM with C1 only hands the build on ({@link #changeLimit}). */
  static final int QUICK_JIT_CHANGES = 500;
  /**
   * Records beyond which a JVM with C1 only hands on a rebuild that redoes the site-wide pages:
   * there, those pages take seconds, and C2 saves more than starting again costs.
   */
  static final int QUICK_JIT_SITE_WIDE_RECORDS = 20_000;


  /** @param cache the cache the last build left, read and found to fit this one */
  IncrementalBuild(BuildRun run, BuildCache cache) {
    this.run = run;
    this.in = run.in();
    this.cache = cache;
  }

  /**
   * How many changed and deleted records a one-pass rebuild takes on: beyond that a full build,
   * which reads everything in order on all cores, is faster. A JVM with C1 only renders about half
   * as fast again, so there the limit is lower and the full build goes to a JVM with C2.
   */
  private int changeLimit(int records) {
    int limit = Math.max(200, records / 10);
    return in.options().quickJit() ? Math.min(limit, QUICK_JIT_CHANGES) : limit;
  }

  /** The report, or empty when a full build is the better choice. */
  Optional<BuildReport> run() throws IOException {
    RecordFiles files = in.figureFiles();
    Comparison cmp = compareStamps(files);
    if (cmp.changed().length + cmp.deleted().size() > changeLimit(files.count())) return Optional.empty();
    boolean pagesChanged = !cache.pagesKey().equals(in.pagesKey());
    run.clock().mark("compare stamps");
    if (cmp.changed().length == 0 && cmp.deleted().isEmpty() && !pagesChanged) return Optional.of(unchanged());

    // 1. Read, check and render the changed records, holding their files in memory.
    OutputTree pending = OutputTree.inMemory(run.folder().path());
    FigureSummary[] freshAt = new FigureSummary[files.count()];
    try {
      FigureStage.of(in, pending, run.problems()).processAll(files, cmp.changed(), in, (k, s) -> freshAt[k] = s);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(run.failed());
    }
    run.clock().mark("read and render changed");
    // A record with errors goes on, left out, so that the cross-record checks below still run and
    // the build reports the same problems a full build would.
    boolean recordErrors = run.problems().hasErrors();

    // 2. The new cache entries, and whether anything beyond the changed records' own files moves.
    Entries next = newEntries(files, cmp, freshAt, pagesChanged);
    if (in.dataFiles().count() > 0 && !recordErrors) {
      Set<String> figids = new HashSet<>();
      for (int e = 0; e < next.count(); e++) figids.add(next.summaries().figid(e));
      DataFileCheck.reportOrphans(in, figids, run.problems());
    }
    if (next.siteWide() && in.options().quickJit() && files.count() > QUICK_JIT_SITE_WIDE_RECORDS) {
      // Nothing is written yet: the site-wide pages of a big site go faster in a JVM with C2.
      return Optional.of(BuildReport.fullJitWanted(run.start()));
    }
    SiteIndex index = null;
    if (next.siteWide() || recordErrors) {
      index = SiteIndexer.index(next.summaries(), run.problems(), new ArrayList<>(), in.pages());
      if (run.problems().hasErrors()) return Optional.of(run.failed());
    }
    run.clock().mark("summaries and index");

    // 3. Publish: everything is written beside the site first; only then does the site change.
    SiteChanges changes = SiteChanges.begin(run.folder().path());
    Optional<Published> published = publish(changes, pending, next, index);
    if (published.isEmpty()) return Optional.of(run.failed());
    run.clock().mark("write pages");
    writeCache(cmp.changed(), cmp.previous(), files, freshAt,
        next.siteWide() || recordErrors || next.count() != cache.count(), next.names(), next.sizes(), next.mtimes(),
        next.count(), next.summaries(), published.get().sitePaths());
    changes.finish();
    run.clock().mark("write cache");
    return Optional.of(report(files, cmp.changed(), freshAt, published.get()));
  }

  /**
   * The listed records against the cached ones.
   *
   * @param previous for each listed record, its cached entry, or -1 for a new one
   * @param changed the listed records that are new or whose stamp differs, in order
   * @param deleted the cached entries no record is listed for
   */
  private record Comparison(int[] previous, int[] changed, List<Integer> deleted) {}

  private Comparison compareStamps(RecordFiles files) {
    // Both lists are sorted by file name: one merge pass pairs each file with its cached entry.
    int[] previous = new int[files.count()];
    int[] changedAt = new int[files.count()];
    int changedCount = 0;
    List<Integer> deleted = new ArrayList<>();
    int i = 0;
    int j = 0;
    PackedStrings listedNames = files.names();
    PackedStrings cachedNames = cache.names();
    StoredSummaries cached = cache.summaries();
    while (i < files.count() || j < cache.count()) {
      int cmp = i == files.count() ? 1
          : j == cache.count() ? -1
          : listedNames.sameAt(i, cachedNames, j) ? 0
          : listedNames.get(i).compareTo(cachedNames.get(j));
      if (cmp == 0) {
        previous[i] = j;
        // The record's data files count as part of it: the stamp mixes theirs in (RecordStamps).
        if (files.size(i) != cache.size(j)
            || RecordStamps.of(files.mtimeNanos(i), in.dataFiles(), cached.figid(j)) != cache.mtimeNanos(j)) {
          changedAt[changedCount++] = i;
        }
        i++;
        j++;
      } else if (cmp < 0) {
        previous[i] = -1;
        changedAt[changedCount++] = i++;
      } else {
        deleted.add(j++);
      }
    }
    return new Comparison(previous, Arrays.copyOf(changedAt, changedCount), deleted);
  }

  /** The report of a build that found nothing to redo. */
  private BuildReport unchanged() {
    // Nothing to redo, but a data file of no record is still worth saying, as every build does.
    if (in.dataFiles().count() > 0) {
      Set<String> figids = new HashSet<>();
      StoredSummaries cached = cache.summaries();
      for (int e = 0; e < cache.count(); e++) figids.add(cached.figid(e));
      DataFileCheck.reportOrphans(in, figids, run.problems());
    }
    return new BuildReport(true, true, run.problems(), in.figureFiles().count(), 0, 0, 0, 0, 0, 0, 0, 0,
        BuildReport.millisSince(run.start()), 0, false, in.layout().describe(), false);
  }

  /**
   * The cache entries after this build, {@code count} of them, and what moves with them.
   *
   * @param siteWide whether pages beyond the changed records' own change (a summary changed, a
   *     record was deleted or is invalid, a site page changed)
   * @param oldFigids the figids of the changed and deleted records before this build
   * @param newFigids the figids of the changed records now
   */
  private record Entries(PackedStrings.Builder names, long[] sizes, long[] mtimes, int count,
      StoredSummaries summaries, boolean siteWide, Set<String> oldFigids, Set<String> newFigids) {}

  private Entries newEntries(RecordFiles files, Comparison cmp, FigureSummary[] freshAt, boolean pagesChanged) {
    // Entry e comes from the cached entry from[e], or, when that is -1, is fresh[e].
    StoredSummaries old = cache.summaries();
    PackedStrings.Builder names = new PackedStrings.Builder(files.count());
    long[] sizes = new long[files.count()];
    long[] mtimes = new long[files.count()];
    int[] from = new int[files.count()];
    byte[][] fresh = new byte[files.count()][];
    int count = 0;
    boolean[] isChanged = new boolean[files.count()];
    for (int k : cmp.changed()) isChanged[k] = true;
    boolean siteWide = pagesChanged || !cmp.deleted().isEmpty();
    Set<String> oldFigids = new HashSet<>();
    Set<String> newFigids = new HashSet<>();
    for (int k = 0; k < files.count(); k++) {
      int before = cmp.previous()[k];
      byte[] bytes = null;
      if (isChanged[k]) {
        FigureSummary s = freshAt[k];
        if (before >= 0) oldFigids.add(old.figid(before));
        if (s == null) {
          siteWide = true; // invalid: left out of this (failing) build
          continue;
        }
        bytes = SummaryCodec.encode(s);
        newFigids.add(s.figid());
        if (before >= 0 && old.bytes(before).equals(ByteBuffer.wrap(bytes))) {
          // Same summary: keep pointing at the cached copy, so the summaries file need not change.
          bytes = null;
        } else {
          siteWide = true;
          before = -1;
        }
      }
      names.add(files.name(k));
      sizes[count] = files.size(k);
      mtimes[count] = RecordStamps.of(files.mtimeNanos(k), in.dataFiles(),
          isChanged[k] ? freshAt[k].figid() : old.figid(before));
      from[count] = before;
      fresh[count] = bytes;
      count++;
    }
    for (int e : cmp.deleted()) oldFigids.add(old.figid(e));
    StoredSummaries summaries = old.rearranged(Arrays.copyOf(from, count), Arrays.copyOf(fresh, count));
    return new Entries(names, sizes, mtimes, count, summaries, siteWide, oldFigids, newFigids);
  }

  /** Stages the changes beside the site and commits them; empty (nothing changed) when staging failed. */
  private Optional<Published> publish(SiteChanges changes, OutputTree pending, Entries next, SiteIndex index)
      throws IOException {
    try {
      Optional<Published> p = stage(changes, pending, next.oldFigids(), next.newFigids(), next.siteWide(), index);
      if (p.isEmpty()) {
        changes.discard();
        return p;
      }
      // A commit finished by a later run leaves this cache behind the site: that run drops it.
      changes.staleIfInterrupted(run.cacheFile());
      changes.commit();
      return p;
    } catch (SiteChanges.Unfinished e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      changes.discard();
      throw e;
    }
  }

  private BuildReport report(RecordFiles files, int[] changed, FigureSummary[] freshAt, Published published) {
    int figurePages = 0;
    for (int k : changed) if (freshAt[k] != null) figurePages++;
    OutputTree live = published.live();
    OutputTree wide = published.wide();
    SiteWidePhase.Counts counts = published.counts();
    return new BuildReport(true, true, run.problems(), files.count(), figurePages, counts.stubs(),
        counts.genePages(), counts.otherPages(), counts.sitemaps(), live.fileCount() + wide.fileCount(),
        live.byteCount() + wide.byteCount(), live.changedCount() + wide.changedCount(),
        BuildReport.millisSince(run.start()), 0, false, in.layout().describe(), false);
  }

  /** What {@link #stage} wrote: its trees (for the counts) and the new site-wide paths (null: unchanged). */
  private record Published(OutputTree live, OutputTree wide, SiteWidePhase.Counts counts, List<String> sitePaths) {}

  /**
   * Writes the changed records' files, then the site-wide pages, and notes the deletions, all into
   * {@code changes}: the published folder is not touched. Empty when a template failed (reported).
   */
  private Optional<Published> stage(SiteChanges changes, OutputTree pending, Set<String> oldFigids,
      Set<String> newFigids, boolean siteWide, SiteIndex index) throws IOException {
    OutputTree live = OutputTree.inPlace(changes);
    pending.flushTo(live);
    for (String figid : oldFigids) {
      if (newFigids.contains(figid)) continue;
      for (String p : SitePaths.figureFiles(figid)) live.delete(p);
    }
    List<String> sitePaths = null; // unchanged unless the site-wide pages are redone
    SiteWidePhase.Counts counts = new SiteWidePhase.Counts(0, 0, 0, 0);
    OutputTree wide = live.sibling(true);
    if (siteWide) {
      try {
        counts = SiteWidePhase.write(in, index, wide);
      } catch (Theme.TemplateProblem e) {
        // Templates did not change since the last build, so this is new data meeting an untested
        // template branch. Nothing was published; the cache is dropped so that the next build
        // starts from scratch.
        BuildCache.delete(run.cacheFile());
        run.problems().add(e.problem());
        return Optional.empty();
      }
      List<String> now = wide.writtenPaths(); // sorted
      for (String p : cache.sitePaths()) if (Collections.binarySearch(now, p) < 0) live.delete(p);
      sitePaths = now;
    }
    return Optional.of(new Published(live, wide, counts, sitePaths));
  }

  /**
   * Brings the cache in step with the site just committed. The site is published by now: if the
   * cache cannot be written it is deleted (the next build is a full one) and the build still
   * succeeds, with a warning.
   */
  private void writeCache(int[] changed, int[] previous, RecordFiles files, FigureSummary[] freshAt, boolean more,
      PackedStrings.Builder names,
      long[] sizes, long[] mtimes, int count, StoredSummaries summaries, List<String> sitePaths) {
    try {
      String identity = run.folder().restamp();
      if (!patchedStamps(changed, previous, files, freshAt, more, identity)) {
        cache.next(identity, in.pagesKey(), names.build(), Arrays.copyOf(sizes, count),
            Arrays.copyOf(mtimes, count), summaries, sitePaths).write(run.cacheFile());
      }
    } catch (IOException e) {
      BuildCache.delete(run.cacheFile());
      run.problems().add(Problem.warning(SourcePos.ofFile(in.options().outputDisplay()),
          "the site was published, but its build cache could not be written: " + IoReason.of(e))
          .withHint("the next build is a full one"));
    }
  }

  /**
   * When only some records' files changed and nothing else the cache holds did (same entries,
   * same summaries, no site-wide pages redone), writes just their new stamps into the cache file.
   */
  private boolean patchedStamps(int[] changed, int[] previous, RecordFiles files, FigureSummary[] freshAt, boolean more,
      String identity) throws IOException {
    if (more) return false;
    int[] entries = new int[changed.length];
    long[] sizes = new long[changed.length];
    long[] mtimes = new long[changed.length];
    for (int c = 0; c < changed.length; c++) {
      int k = changed[c];
      if (previous[k] < 0) return false;
      entries[c] = previous[k];
      sizes[c] = files.size(k);
      mtimes[c] = RecordStamps.of(files.mtimeNanos(k), in.dataFiles(), freshAt[k].figid());
    }
    return cache.patchStamps(run.cacheFile(), entries, sizes, mtimes, identity);
  }

}
