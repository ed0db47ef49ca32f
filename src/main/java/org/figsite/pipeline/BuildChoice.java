package org.figsite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.figsite.cache.BuildCache;
import org.figsite.cache.CacheDamaged;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.write.OutputFolder;

/**
 * Chooses between an incremental and a full build of a locked output folder, and runs it: an
 * incremental one when the cache beside the folder was written for these settings and this folder
 * and the incremental build can finish; a full one, without the cache, otherwise.
 */
final class BuildChoice {
  private final BuildInputs in;
  private final OutputFolder folder;
  private final Path cacheFile;
  private final Problems problems;
  private final long start;
  private final PhaseClock clock;

  BuildChoice(BuildInputs in, OutputFolder folder, Path cacheFile, Problems problems, long start, PhaseClock clock) {
    this.in = in;
    this.folder = folder;
    this.cacheFile = cacheFile;
    this.problems = problems;
    this.start = start;
    this.clock = clock;
  }

  /**
   * Builds the site.
   *
   * @param early the cache as read before the folder was locked; empty when the build is not to use one
   */
  BuildReport run(Optional<Background<EarlyCache>> early) throws IOException {
    if (early.isPresent()) {
      Optional<BuildReport> incremental = incremental(early.get());
      if (incremental.isPresent()) return incremental.get();
    }
    if (in.options().quickJit()) return BuildReport.fullJitWanted(start);
    BuildCache.delete(cacheFile);
    BuildReport r = new FullBuild(in, folder, cacheFile, in.options().useCache(), problems, start, clock).run();
    clock.mark("full build");
    return r;
  }

  /** The incremental build's report; empty when the cache does not fit or the build cannot be incremental. */
  private Optional<BuildReport> incremental(Background<EarlyCache> early) throws IOException {
    // Read before the lock was ours: read again if another build has replaced it since.
    EarlyCache read = early.get().current(cacheFile);
    read.damage().ifPresent(this::cacheDamaged);
    Optional<BuildCache> cache = read.cache()
        .filter(c -> c.settingsKey().equals(in.settingsKey()))
        .filter(c -> c.outputIdentity().equals(folder.identity()));
    clock.mark("read cache");
    // With --skip-invalid, an incremental build that meets an invalid record leaves the
    // choice of what to drop to a full build; its own problems are then discarded.
    boolean pagesOk = !problems.hasErrors();
    if (cache.isEmpty() || !pagesOk) return Optional.empty();
    Problems attempt = new Problems();
    try {
      Optional<BuildReport> r = new IncrementalBuild(in, folder, cache.get(), cacheFile, attempt, start, clock).run();
      clock.mark("incremental build");
      if (r.isPresent() && !(in.options().skipInvalid() && attempt.hasErrors())) return r;
    } catch (CacheDamaged e) {
      // Met before anything was published (the summaries are all read before the commit).
      cacheDamaged(e.getMessage());
    }
    return Optional.empty();
  }

  /** The one-line note for a cache that failed its checksums; the build goes on as a full one. */
  private void cacheDamaged(String why) {
    problems.add(Problem.warning(SourcePos.ofFile(in.options().outputDisplay()),
        "the build cache beside this folder is damaged (" + why + "): building everything"));
  }
}
