package org.figsite.pipeline;

import org.figsite.diag.Problems;
import org.figsite.write.SitePart;

/**
 * What a build did.
 *
 * @param published whether the output folder now holds the new site
 * @param incremental whether only what changed since the last build was redone
 * @param filesChanged files created, replaced or deleted in the output folder
 * @param skipped records and pages left out because they were invalid ({@code --skip-invalid})
 * @param wantsFullJit nothing was done because this needs a full build and the JVM runs with C1
 *     only ({@link BuildOptions#quickJit()}): run the build again in a JVM with C2
 * @param layout which content layout was read ({@link org.figsite.load.ContentLayout#describe}), or ""
 * @param unfinished not published, yet the output folder changed: an incremental build failed
 *     after its commit point, part of its files are in place, and the next run finishes the job
 * @param bytesByPart {@code bytes} by {@link SitePart}, indexed by ordinal (full builds); empty when
 *     not counted
 * @param workerThreads how many of the worker pool's threads ran work (at most {@code --threads})
 */
public record BuildReport(
    boolean published,
    boolean incremental,
    Problems problems,
    int records,
    int figurePages,
    int stubs,
    int genePages,
    int otherPages,
    int sitemaps,
    long files,
    long bytes,
    long filesChanged,
    long millis,
    int skipped,
    boolean wantsFullJit,
    String layout,
    boolean unfinished,
    long[] bytesByPart,
    int workerThreads) {

  /** A report without bytes by part (incremental builds, failures). */
  public BuildReport(boolean published, boolean incremental, Problems problems, int records, int figurePages,
      int stubs, int genePages, int otherPages, int sitemaps, long files, long bytes, long filesChanged, long millis,
      int skipped, boolean wantsFullJit, String layout, boolean unfinished) {
    this(published, incremental, problems, records, figurePages, stubs, genePages, otherPages, sitemaps, files, bytes,
        filesChanged, millis, skipped, wantsFullJit, layout, unfinished, new long[0], 0);
  }

  /** A report with bytes by part, before the worker threads are known. */
  public BuildReport(boolean published, boolean incremental, Problems problems, int records, int figurePages,
      int stubs, int genePages, int otherPages, int sitemaps, long files, long bytes, long filesChanged, long millis,
      int skipped, boolean wantsFullJit, String layout, boolean unfinished, long[] bytesByPart) {
    this(published, incremental, problems, records, figurePages, stubs, genePages, otherPages, sitemaps, files, bytes,
        filesChanged, millis, skipped, wantsFullJit, layout, unfinished, bytesByPart, 0);
  }

  /** This report, saying how many worker threads ran work. */
  BuildReport withWorkerThreads(int n) {
    return new BuildReport(published, incremental, problems, records, figurePages, stubs, genePages, otherPages,
        sitemaps, files, bytes, filesChanged, millis, skipped, wantsFullJit, layout, unfinished, bytesByPart, n);
  }

  static BuildReport failed(Problems problems, long start) {
    return new BuildReport(false, false, problems, 0, 0, 0, 0, 0, 0, 0, 0, 0, millisSince(start), 0, false, "", false);
  }

  /** Failed after an incremental build's commit point: see {@link #unfinished}. */
  static BuildReport unfinished(Problems problems, long start) {
    return new BuildReport(false, true, problems, 0, 0, 0, 0, 0, 0, 0, 0, 0, millisSince(start), 0, false, "", true);
  }

  static BuildReport fullJitWanted(long start) {
    return new BuildReport(false, false, new Problems(), 0, 0, 0, 0, 0, 0, 0, 0, 0, millisSince(start), 0, true, "", false);
  }

  static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
