package org.figsite.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.figsite.cache.BuildCache;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.load.ContentLayout;
import org.figsite.load.ContentLister;
import org.figsite.load.RecordFiles;
import org.figsite.model.Page;
import org.figsite.render.MarkdownRenderer;
import org.figsite.render.SiteView;
import org.figsite.write.IoReason;
import org.figsite.write.OutputFolder;
import org.figsite.write.SiteChanges;

/**
 * Runs a build, stage by stage, in this order:
 *
 * <ol>
 *   <li>find the content's layout, and start listing its records and data files ({@link
 *       ContentListing}) and reading the build cache ({@link EarlyCache}) on threads of their own;
 *   <li>read the configuration and compile the templates ({@link SiteSettings}: nothing else
 *       starts if they are broken), then read the site pages ({@link SitePageReader}) and the
 *       keys a cache must match ({@link CacheKeys});
 *   <li>lock the output folder; if the cache beside it says only a few records changed since the
 *       last build, redo just those ({@link IncrementalBuild}); otherwise build everything into a
 *       staging folder ({@link FullBuild}): read, check and render every record in parallel, index
 *       the summaries, write the site-wide pages ({@link BuildChoice} chooses);
 *   <li>publish only if no step reported an error: a full build swaps the staging folder in, an
 *       incremental one replaces the changed files; on error nothing is published.
 * </ol>
 */
public final class SiteBuilder {
  static final List<String> TEMPLATES = List.of("figure.ftlh", "stub.ftlh", "gene.ftlh", "home.ftlh", "page.ftlh",
      "404.ftlh", "listing.ftlh", "az.ftlh", "search.ftlh");

  private final String version;
  private final BuildProgress progress;

  /** A builder for figsite {@code version} that reports no progress. */
  public SiteBuilder(String version) {
    this(version, BuildProgress.NONE);
  }

  /** A builder for figsite {@code version} that tells {@code progress} of each record done. */
  public SiteBuilder(String version, BuildProgress progress) {
    this.version = version;
    this.progress = progress;
  }

  /** Builds the site {@code opt} describes; what went wrong is in the report, nothing is thrown for bad input. */
  public BuildReport build(BuildOptions opt) {
    long start = System.nanoTime();
    PhaseClock clock = PhaseClock.fromSystemProperty();
    Problems problems = new Problems();
    try (Workers workers = new Workers(opt.threads())) {
      return build(opt, workers, start, clock, problems).withWorkerThreads(workers.threadsUsed());
    } finally {
      progress.done();
    }
  }

  private BuildReport build(BuildOptions opt, Workers workers, long start, PhaseClock clock, Problems problems) {
    Path cacheFile = BuildCache.fileFor(opt.output());
    // Without a cache this is a full build: hand it to a JVM with C2 before doing anything.
    if (opt.quickJit() && (!opt.useCache() || !Files.isRegularFile(cacheFile))) return BuildReport.fullJitWanted(start);
    Optional<ContentLayout> layout = layout(opt, problems);
    if (layout.isEmpty()) return BuildReport.failed(problems, start);
    // Listing the records and reading the cache start now and go on while the configuration and
    // templates are read: together they are most of a one-record incremental build.
    ContentListing listing = ContentListing.start(layout.get(), workers);
    Optional<Background<EarlyCache>> early = opt.useCache()
        ? Optional.of(Background.start("figsite-cache", workers.threads() == 1, () -> EarlyCache.read(cacheFile)))
        : Optional.empty();
    Optional<BuildInputs> in = prepare(opt, workers, layout.get(), listing, problems, clock);
    if (in.isEmpty()) return BuildReport.failed(problems, start);
    return publish(in.get(), early, cacheFile, problems, start, clock);
  }

  /** Where the content keeps its records and pages; empty, with the problem said, when there is no content. */
  private static Optional<ContentLayout> layout(BuildOptions opt, Problems problems) {
    if (!Files.isDirectory(opt.content())) {
      problems.add(Problem.error(SourcePos.ofFile(opt.contentDisplay()), "content folder not found")
          .withHint("pass --content DIR, the folder holding figures/ and pages/ (or a Jekyll repository's _figures/)"));
      return Optional.empty();
    }
    try {
      return Optional.of(ContentLayout.detect(opt.content(), opt.contentDisplay()));
    } catch (ContentLayout.LayoutProblem e) {
      problems.add(e.problem());
      return Optional.empty();
    }
  }

  /** Reads everything a build needs before touching any record; empty (with problems) when it cannot start. */
  private Optional<BuildInputs> prepare(BuildOptions opt, Workers workers, ContentLayout layout, ContentListing listing,
      Problems problems, PhaseClock clock) {
    Optional<SiteSettings> settings = SiteSettings.read(opt, problems, clock);
    if (settings.isEmpty()) return Optional.empty();
    SiteConfig config = settings.get().config();
    try {
      RecordFiles figureFiles = listing.figures(problems);
      RecordFiles dataFiles = listing.data(problems);
      clock.mark("list and stat records");
      List<Path> pageFiles = layout.pages().isPresent() ? ContentLister.markdownFiles(layout.pages().get()) : List.of();
      List<Page> pages = SitePageReader.read(pageFiles, opt.contentDisplay() + "/pages/", problems);
      String settingsKey = CacheKeys.settings(version, opt, config, problems);
      String pagesKey = CacheKeys.pages(layout);
      clock.mark("pages and fingerprints");
      SiteView site = SiteView.of(config, version);
      MarkdownRenderer markdown = new MarkdownRenderer(config.url() + config.baseurl());
      return Optional.of(new BuildInputs(opt, config, settings.get().theme(), settings.get().figureTemplate(), site,
          markdown, layout, figureFiles, dataFiles, pages, pageFiles.size(), settingsKey, pagesKey, progress, workers));
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.contentDisplay()), "cannot list content: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Locks the output folder, builds into it ({@link BuildChoice}) and publishes; a failure to
   * lock, write or finish publishing is a problem at the output folder.
   */
  private static BuildReport publish(BuildInputs in, Optional<Background<EarlyCache>> early, Path cacheFile,
      Problems problems, long start, PhaseClock clock) {
    BuildOptions opt = in.options();
    try (OutputFolder folder = OutputFolder.open(opt.output(), opt.outputDisplay())) {
      return new BuildChoice(new BuildRun(in, folder, cacheFile, problems, start, clock)).run(early);
    } catch (OutputFolder.Refused e) {
      problems.add(e.problem());
      return BuildReport.failed(problems, start);
    } catch (SiteChanges.Unfinished e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.outputDisplay()), "cannot finish publishing the site: "
              + e.getMessage())
          .withHint("part of the new files are in place; the next figsite build, serve or check finishes the job first"));
      return BuildReport.unfinished(problems, start);
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.outputDisplay()), "cannot write the site: " + IoReason.of(e))
          .withHint("is the disk full or the folder read-only? The previous site was left as it was."));
      return BuildReport.failed(problems, start);
    }
  }
}
