package org.figsite.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.figsite.cache.BuildCache;
import org.figsite.cache.SourceStamp;
import org.figsite.cache.SummaryCodec;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureSummary;
import org.figsite.index.SiteIndex;
import org.figsite.index.SiteIndexer;
import org.figsite.index.SitePaths;
import org.figsite.index.Summaries;
import org.figsite.load.RecordFiles;
import org.figsite.render.Theme;
import org.figsite.write.OutputFolder;
import org.figsite.write.OutputTree;

/**
 * Builds the whole site into a staging folder beside the output and swaps it in at the end; on
 * any error the staging folder is thrown away and the published site is left as it was.
 */
final class FullBuild {
  private final BuildInputs in;
  private final OutputFolder folder;
  private final Path cacheFile;
  private final Problems problems;
  private final long start;

  /** @param cacheFile where to keep a cache for the next build, or null for none */
  FullBuild(BuildInputs in, OutputFolder folder, Path cacheFile, Problems problems, long start) {
    this.in = in;
    this.folder = folder;
    this.cacheFile = cacheFile;
    this.problems = problems;
    this.start = start;
  }

  BuildReport run() throws IOException {
    try {
      for (String name : SiteBuilder.TEMPLATES) in.theme().template(name);
    } catch (Theme.TemplateProblem e) {
      problems.add(e.problem());
      return BuildReport.failed(problems, start);
    }
    OutputTree staging = folder.createStaging();
    FigureStage figures = FigureStage.of(in, staging, problems);
    RecordFiles files = in.figureFiles();
    in.progress().stage("records", files.count());
    FigureSummary[] summaries = new FigureSummary[files.count()];
    try {
      figures.processAll(files, IntStream.range(0, files.count()).toArray(), in, (i, s) -> summaries[i] = s);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      folder.discard(staging);
      problems.add(Problem.error(SourcePos.ofFile(in.options().contentDisplay()), "build interrupted"));
      return BuildReport.failed(problems, start);
    }
    byte[][] encoded = new byte[files.count()][];
    if (cacheFile != null) {
      IntStream.range(0, files.count()).parallel()
          .forEach(i -> encoded[i] = summaries[i] == null ? null : SummaryCodec.encode(summaries[i]));
    }
    int valid = 0;
    for (FigureSummary s : summaries) if (s != null) valid++;

    Summaries all = Summaries.of(Arrays.asList(summaries));
    List<Integer> dropped = new ArrayList<>();
    SiteIndex index = SiteIndexer.index(all, problems, dropped);
    int skipped = files.count() - valid + dropped.size() + in.pageFileCount() - in.pages().size();
    // With --skip-invalid, errors in records and pages leave those out; any other error (a
    // template, the disk) still fails the build.
    if (problems.hasErrors() && (!in.options().skipInvalid() || figures.failedOutsideRecords())) {
      folder.discard(staging);
      return BuildReport.failed(problems, start);
    }
    // A tree of its own for the site-wide pages, so their paths can be remembered for the next build.
    OutputTree siteWide = staging.trackingPaths();
    SiteWidePhase.Counts counts;
    in.progress().stage("site-wide pages (stubs, genes, listings, search, sitemaps)", 0);
    try {
      removeDropped(dropped, all, index, figures, staging);
      counts = SiteWidePhase.write(in, index, siteWide);
    } catch (Theme.TemplateProblem e) {
      problems.add(e.problem());
      folder.discard(staging);
      return BuildReport.failed(problems, start);
    }
    long fileCount = staging.fileCount() + siteWide.fileCount();
    long bytes = staging.byteCount() + siteWide.byteCount();
    in.progress().stage("publishing", 0);
    folder.publish(staging);
    if (cacheFile != null) {
      // Records left out are not cached: the next build reads them again and reports them again.
      Set<Integer> droppedSlots = new HashSet<>(dropped);
      List<BuildCache.Entry> entries = new ArrayList<>(files.count());
      for (int i = 0; i < files.count(); i++) {
        if (droppedSlots.contains(i)) continue;
        if (encoded[i] != null) entries.add(BuildCache.Entry.fresh(new SourceStamp(files.name(i), files.size(i), files.mtimeNanos(i)), encoded[i]));
      }
      List<String> sitePaths = new ArrayList<>(siteWide.writtenPaths());
      sitePaths.sort(null);
      new BuildCache(in.settingsKey(), folder.identity(), in.pagesKey(), entries, sitePaths).write(cacheFile);
    }
    return new BuildReport(true, false, problems, files.count(), index.figureCount(), counts.stubs(),
        counts.genePages(), counts.otherPages(), counts.sitemaps(), fileCount, bytes, fileCount,
        BuildReport.millisSince(start), skipped);
  }

  /**
   * Removes the files of figures the index left out. A figure dropped for sharing its page's path
   * with a kept one (same figid, or one differing by case) may have written that path last, so the
   * kept figure's page is rendered again.
   */
  private void removeDropped(List<Integer> dropped, Summaries all, SiteIndex index, FigureStage figures,
      OutputTree staging) throws IOException {
    if (dropped.isEmpty()) return;
    Set<String> clobbered = new HashSet<>();
    for (int slot : dropped) {
      String figid = all.figid(slot);
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
}
