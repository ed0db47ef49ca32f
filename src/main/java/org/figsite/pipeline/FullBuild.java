package org.figsite.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.figsite.cache.BuildCache;
import org.figsite.cache.StoredSummaries;
import org.figsite.cache.SummaryWriter;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.index.SiteIndex;
import org.figsite.index.SiteIndexer;
import org.figsite.index.SitePaths;
import org.figsite.load.PackedStrings;
import org.figsite.load.RecordFiles;
import org.figsite.render.Theme;
import org.figsite.write.OutputTree;
import org.figsite.write.SitePart;

/**
 * Builds the whole site into a staging folder beside the output and swaps it in at the end; on
 * any error the staging folder is thrown away and the published site is left as it was.
 *
 * <p>The records' summaries go to a file as they are made ({@link SummaryWriter}), not to the
 * heap; the index and the site-wide pages read them back from it. That file is the cache's
 * summaries file, so keeping a cache costs no copy; without a cache it is deleted at the end.
 */
final class FullBuild {
  private final BuildRun run;
  private final BuildInputs in;
  private final boolean keepCache;

  /** @param keepCache whether to leave a cache beside the folder for the next build */
  FullBuild(BuildRun run, boolean keepCache) {
    this.run = run;
    this.in = run.in();
    this.keepCache = keepCache;
  }

  BuildReport run() throws IOException {
    try {
      for (String name : SiteBuilder.TEMPLATES) in.theme().template(name);
    } catch (Theme.TemplateProblem e) {
      run.problems().add(e.problem());
      return run.failed();
    }
    Path summariesFile = BuildCache.summariesFileFor(run.cacheFile());
    boolean cacheWritten = false;
    OutputTree staging = null;
    try {
      staging = run.folder().createStaging();
      RecordFiles files = in.figureFiles();
      FigureStage figures = FigureStage.of(in, staging, run.problems());
      in.progress().stage("records", files.count());
      StoredSummaries summaries;
      try (SummaryWriter writer = SummaryWriter.create(summariesFile, files.count())) {
        figures.processAll(files, IntStream.range(0, files.count()).toArray(), in, writer::put);
        summaries = writer.finish();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        run.folder().discard(staging);
        run.problems().add(Problem.error(SourcePos.ofFile(in.options().contentDisplay()), "build interrupted"));
        return run.failed();
      }
      run.clock().mark("read and render records");
      // A tree of its own for the site-wide pages, whose paths the cache remembers.
      OutputTree siteWide = staging.sibling(keepCache);
      List<Integer> dropped = new ArrayList<>();
      Optional<SiteWide> written = writeSiteWide(files, summaries, figures, staging, siteWide, dropped);
      if (written.isEmpty()) {
        run.folder().discard(staging);
        return run.failed();
      }
      long fileCount = staging.fileCount() + siteWide.fileCount();
      long bytes = staging.byteCount() + siteWide.byteCount();
      in.progress().stage("publishing", 0);
      run.folder().publish(staging);
      run.clock().mark("publish");
      if (keepCache) {
        writeCache(files, summaries, dropped, summariesFile, siteWide);
        cacheWritten = true;
        run.clock().mark("write cache");
      }
      SiteWidePhase.Counts counts = written.get().counts();
      return new BuildReport(true, false, run.problems(), files.count(), written.get().figures(), counts.stubs(),
          counts.genePages(), counts.otherPages(), counts.sitemaps(), fileCount, bytes, fileCount,
          BuildReport.millisSince(run.start()), written.get().skipped(), false, in.layout().describe(), false,
          bytesByPart(staging, siteWide));
    } catch (IOException | RuntimeException e) {
      // Not published (publish() throws before the swap, or the cache after it is not written
      // here): a failed build takes its staging folder with it, not leaving a full disk full.
      if (staging != null && Files.exists(staging.root())) run.folder().discard(staging);
      throw e;
    } finally {
      if (!cacheWritten) deleteQuietly(summariesFile);
    }
  }

  /**
   * Bytes by part of the site. The site-wide tree writes no figure pages: what it writes at
   * {@code /figures/<name>.html} are the redirect stubs.
   */
  private static long[] bytesByPart(OutputTree staging, OutputTree siteWide) {
    long[] parts = staging.bytesByPart();
    long[] wide = siteWide.bytesByPart();
    for (int i = 0; i < parts.length; i++) parts[i] += wide[i];
    parts[SitePart.STUBS.ordinal()] += wide[SitePart.FIGURE_PAGES.ordinal()];
    parts[SitePart.FIGURE_PAGES.ordinal()] -= wide[SitePart.FIGURE_PAGES.ordinal()];
    return parts;
  }

  /** What the site-wide phase did, for the report. */
  private record SiteWide(SiteWidePhase.Counts counts, int figures, int skipped) {}

  /**
   * Indexes the summaries and writes the site-wide pages; empty when the build must fail. The
   * index lives only while this runs, so that writing the cache afterwards has its memory.
   */
  private Optional<SiteWide> writeSiteWide(RecordFiles files, StoredSummaries summaries, FigureStage figures,
      OutputTree staging, OutputTree siteWide, List<Integer> dropped) throws IOException {
    int valid = 0;
    for (int i = 0; i < files.count(); i++) if (summaries.has(i)) valid++;
    SiteIndex index = SiteIndexer.index(summaries, run.problems(), dropped, in.pages());
    if (in.dataFiles().count() > 0 && !run.problems().hasErrors()) {
      Set<String> figids = new HashSet<>();
      for (int i = 0; i < index.figureCount(); i++) figids.add(index.figid(i));
      DataFileCheck.reportOrphans(in, figids, run.problems());
    }
    run.clock().mark("index");
    int skipped = files.count() - valid + dropped.size() + in.pageFileCount() - in.pages().size();
    // With --skip-invalid, errors in records and pages leave those out; any other error (a
    // template, the disk) still fails the build.
    if (run.problems().hasErrors() && (!in.options().skipInvalid() || figures.failedOutsideRecords())) {
      return Optional.empty();
    }
    in.progress().stage("site-wide pages (stubs, genes, listings, search, sitemaps)", 0);
    try {
      removeDropped(dropped, summaries, index, figures, staging);
      SiteWidePhase.Counts counts = SiteWidePhase.write(in, index, siteWide);
      run.clock().mark("site-wide pages");
      return Optional.of(new SiteWide(counts, index.figureCount(), skipped));
    } catch (Theme.TemplateProblem e) {
      run.problems().add(e.problem());
      return Optional.empty();
    }
  }

  /** Records left out are not cached: the next build reads them again and reports them again. */
  private void writeCache(RecordFiles files, StoredSummaries summaries, List<Integer> dropped, Path summariesFile,
      OutputTree siteWide) throws IOException {
    BitSet leftOut = new BitSet(files.count());
    for (int slot : dropped) leftOut.set(slot);
    int[] kept = IntStream.range(0, files.count()).filter(i -> summaries.has(i) && !leftOut.get(i)).toArray();
    PackedStrings.Builder names = new PackedStrings.Builder(kept.length);
    long[] sizes = new long[kept.length];
    long[] mtimes = new long[kept.length];
    for (int k = 0; k < kept.length; k++) {
      names.add(files.name(kept[k]));
      sizes[k] = files.size(kept[k]);
      mtimes[k] = RecordStamps.of(files.mtimeNanos(kept[k]), in.dataFiles(), summaries.figid(kept[k]));
    }
    List<String> sitePaths = siteWide.writtenPaths();
    BuildCache.afterFullBuild(in.settingsKey(), run.folder().identity(), in.pagesKey(), summariesFile, names.build(), sizes,
        mtimes, summaries.select(kept), sitePaths).write(run.cacheFile());
  }

  /**
   * Removes the files of figures the index left out. A figure dropped for sharing its page's path
   * with a kept one (same figid, or one differing by case) may have written that path last, so the
   * kept figure's page is rendered again.
   */
  private void removeDropped(List<Integer> dropped, StoredSummaries summaries, SiteIndex index, FigureStage figures,
      OutputTree staging) throws IOException {
    if (dropped.isEmpty()) return;
    Set<String> clobbered = new HashSet<>();
    for (int slot : dropped) {
      String figid = summaries.figid(slot);
      for (String p : SitePaths.figureFiles(figid)) staging.delete(p);
      clobbered.add(SitePaths.figurePage(figid).toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < index.figureCount(); i++) {
      if (clobbered.contains(SitePaths.figurePage(index.figid(i)).toLowerCase(Locale.ROOT))) {
        int slot = index.slot(i);
        figures.process(in.figureFiles().path(slot), in.figureDisplay(slot));
      }
    }
  }

  /**
   * The summaries file is only scratch space when no cache is kept. It may still be mapped; where
   * that forbids deleting (Windows), it is left for the next build to overwrite.
   */
  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // see above
    }
  }
}
