package org.figsite.pipeline;

import java.nio.file.Path;
import org.figsite.cache.BuildCache;
import org.figsite.diag.Problems;
import org.figsite.write.OutputFolder;

/**
 * What one build of a locked output folder works with, from the choice between an incremental and
 * a full build down to whichever of the two runs.
 *
 * @param in the build's inputs
 * @param folder the locked output folder
 * @param cacheFile the output folder's cache file ({@link BuildCache#fileFor})
 * @param problems where the build's problems go
 * @param start when the build started, in {@link System#nanoTime} units
 * @param clock the phase timer behind {@code --verbose}
 */
record BuildRun(BuildInputs in, OutputFolder folder, Path cacheFile, Problems problems, long start, PhaseClock clock) {
  /** The report of this run failing with the problems it has met. */
  BuildReport failed() {
    return BuildReport.failed(problems, start);
  }

  /** The same run, its problems going elsewhere (an incremental attempt that may be discarded). */
  BuildRun reportingTo(Problems other) {
    return new BuildRun(in, folder, cacheFile, other, start, clock);
  }
}
