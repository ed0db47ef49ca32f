package org.figsite.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.figsite.pipeline.BuildOptions;
import org.figsite.pipeline.BuildProgress;
import org.figsite.pipeline.BuildReport;
import org.figsite.pipeline.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site from the records in CONTENT/figures/*.md (data files in CONTENT/data/, pages in "
          + "CONTENT/pages/*.md), or from a Jekyll repository's CONTENT/_figures/*.md and CONTENT/_data/. "
          + "The new site is built beside the output folder and swapped in only when the whole build succeeds: "
          + "a build with errors leaves the previous site untouched.",
      "With --skip-invalid, invalid records and pages are reported the same way but left out, and the site is "
          + "built without them.",
      "Exit status: 0 built, 1 input errors (nothing published), 2 usage error, 3 built and published, but "
          + "invalid records were left out (--skip-invalid), 70 internal error."
    })
final class BuildCommand implements Callable<Integer> {
  /**
   * Set by the {@code figsite} launcher when it starts a build in a JVM with C1 only: such a build
   * exits with {@link Main#FULL_JIT_WANTED} instead of doing a full build. Only {@code build}
   * reads it; {@code serve} always builds in the JVM it runs in.
   */
  static final String QUICK_JIT_PROPERTY = "figsite.quickJit";

  @Spec CommandSpec spec;

  @Mixin BuildArgs args;

  @Option(names = {"-q", "--quiet"},
      description = "print only problems and failures: no progress bar and no summary line")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildOptions opt = args.toOptions(Boolean.getBoolean(QUICK_JIT_PROPERTY));
    BuildReport r = new SiteBuilder(Version.current(), quiet ? BuildProgress.NONE : TerminalProgress.forTerminal(err)).build(opt);
    if (r.wantsFullJit()) return Main.FULL_JIT_WANTED;
    ProblemPrinter.print(r.problems(), err, args.verbose);
    if (r.unfinished()) {
      err.println("figsite: build failed with " + r.problems().errorCount() + " error(s) while replacing files in "
          + opt.outputDisplay() + "/; the next figsite run finishes publishing it");
      return Main.INPUT_ERRORS;
    }
    if (!r.published()) {
      err.println("figsite: build failed with " + count(r.problems().errorCount(), "error") + "; "
          + opt.outputDisplay() + "/ was left unchanged");
      return Main.INPUT_ERRORS;
    }
    if (r.incremental()) {
      if (!quiet) {
        out.printf(Locale.ROOT, "figsite: %s, %,d changed -> %s changed in %s/ in %.2f s (incremental; --no-cache for a full build)%n",
            count(r.records(), "record"), r.figurePages(), count(r.filesChanged(), "file"), opt.outputDisplay(),
            r.millis() / 1000.0);
      }
      printThreads(out, r, opt);
      return r.skipped() > 0 || r.problems().hasErrors() ? Main.SKIPPED_RECORDS : Main.OK;
    }
    if (!quiet) {
      out.printf(Locale.ROOT, "figsite: %s (%s) -> %s, %s, %s, %s, %s; %s, %s in %s/ in %.2f s%n",
          count(r.records(), "record"), r.layout(), count(r.figurePages(), "figure page"),
          count(r.stubs(), "redirect stub"), count(r.genePages(), "gene page"), count(r.otherPages(), "other page"),
          count(r.sitemaps(), "sitemap file"), count(r.files(), "file"), Sizes.human(r.bytes()), opt.outputDisplay(),
          r.millis() / 1000.0);
    }
    printThreads(out, r, opt);
    if (r.skipped() > 0) {
      err.println("figsite: " + count(r.problems().errorCount(), "error") + "; " + r.skipped()
          + (r.skipped() == 1 ? " invalid record or page" : " invalid records or pages")
          + " left out of the published site (--skip-invalid)");
    }
    Sizes.pagesLimitWarning(r.bytes()).ifPresent(err::println);
    Sizes.projection(r.bytes(), r.figurePages(), r.bytesByPart()).ifPresent(err::println);
    return r.skipped() > 0 || r.problems().hasErrors() ? Main.SKIPPED_RECORDS : Main.OK;
  }

  /** With {@code --verbose}: how much of {@code --threads} the build used. */
  private void printThreads(PrintWriter out, BuildReport r, BuildOptions opt) {
    if (quiet || !args.verbose) return;
    out.println("figsite: the work ran on " + count(r.workerThreads(), "worker thread") + " (--threads "
        + opt.threads() + ")");
  }

  /** "1 record", "2 records", "1,024 figure pages". */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
