package org.figsite.pipeline;

import java.io.IOException;
import java.util.Optional;
import org.figsite.cache.BuildCache;
import org.figsite.cache.CacheDamaged;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;

/**
 * Chooses between an incremental and a full build of a locked output folder, and runs it: an
 * incremental one when the cache beside the folder was written for these settings and this folder
 * and the incremental build can finish; a full one, without the cache, otherwise.
 */
final class BuildChoice {
  private final BuildRun run;
  private final BuildInputs in;
  private final Problems problems;

  BuildChoice(BuildRun run) {
    this.run = run;
    this.in = run.in();
    this.problems = run.problems();
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
    if (in.options().quickJit()) return BuildReport.fullJitWanted(run.start());
    BuildCache.delete(run.cacheFile());
    BuildReport r = new FullBuild(run, in.options().useCache()).run();
    run.clock().mark("full build");
    return r;
  }

  /** The incremental build's report; empty when the cache does not fit or the build cannot be incremental. */
  private Optional<BuildReport> incremental(Background<EarlyCache> early) throws IOException {
    // Read before the lock was ours: read again if another build has replaced it since.
    EarlyCache read = early.get().current(run.cacheFile());
    read.damage().ifPresent(this::cacheDamaged);
    Optional<BuildCache> cache = read.cache()
        .filter(c -> c.settingsKey().equals(in.settingsKey()))
        .filter(c -> c.outputIdentity().equals(run.folder().identity()));
    run.clock().mark("read cache");
    // With --skip-invalid, an incremental build that meets an invalid record leaves the
    // choice of what to drop to a full build; its own problems are then discarded.
    boolean pagesOk = !problems.hasErrors();
    if (cache.isEmpty() || !pagesOk) return Optional.empty();
    Problems attempt = new Problems();
    try {
      Optional<BuildReport> r = new IncrementalBuild(run.reportingTo(attempt), cache.get()).run();
      run.clock().mark("incremental build");
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
