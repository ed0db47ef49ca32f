package org.figsite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.figsite.build.BuildOptions;
import org.figsite.build.BuildReport;
import org.figsite.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site from the records in CONTENT/figures/*.md (data files in CONTENT/data/, pages in",
      "CONTENT/pages/*.md), or from a Jekyll repository's CONTENT/_figures/*.md and CONTENT/_data/.",
      "The new site is built beside the output folder and swapped in only when the whole build succeeds:",
      "a build with errors leaves the previous site untouched.",
      "With --skip-invalid, invalid records and pages are reported the same way but left out, and the site",
      "is built without them.",
      "Exit status: 0 built, 1 input errors (nothing published), 2 usage error,",
      "3 built and published, but invalid records were left out (--skip-invalid), 70 internal error."
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildOptions opt = args.toOptions(Boolean.getBoolean(QUICK_JIT_PROPERTY));
    BuildReport r = new SiteBuilder(Version.current(), TerminalProgress.forTerminal(err)).build(opt);
    if (r.wantsFullJit()) return Main.FULL_JIT_WANTED;
    ProblemPrinter.print(r.problems(), err, args.verbose);
    if (!r.published()) {
      err.println("figsite: build failed with " + r.problems().errorCount() + " error(s); "
          + opt.outputDisplay() + "/ was left unchanged");
      return Main.INPUT_ERRORS;
    }
    if (r.incremental()) {
      out.printf("figsite: %,d records, %,d changed -> %,d files changed in %s/ in %.2f s (incremental; --no-cache "
              + "for a full build)%n",
          r.records(), r.figurePages(), r.filesChanged(), opt.outputDisplay(), r.millis() / 1000.0);
      return r.skipped() > 0 || r.problems().hasErrors() ? Main.SKIPPED_RECORDS : Main.OK;
    }
    out.printf("figsite: %,d records (%s) -> %,d figure pages, %,d redirect stubs, %,d gene pages, %,d other pages, "
            + "%d sitemap file(s); %,d files, %s in %s/ in %.2f s%n",
        r.records(), r.layout(), r.figurePages(), r.stubs(), r.genePages(), r.otherPages(), r.sitemaps(), r.files(),
        Sizes.human(r.bytes()), opt.outputDisplay(), r.millis() / 1000.0);
    if (r.skipped() > 0) {
      err.println("figsite: " + r.problems().errorCount() + " error(s); " + r.skipped()
          + " invalid record(s) or page(s) left out of the published site (--skip-invalid)");
    }
    if (r.bytes() > Sizes.GITHUB_PAGES_LIMIT) {
      err.println("figsite: warning: the site is " + Sizes.human(r.bytes())
          + ", over GitHub Pages' 1 GB limit for published sites");
    }
    Sizes.projection(r.bytes(), r.figurePages(), r.bytesByPart()).ifPresent(err::println);
    return r.skipped() > 0 || r.problems().hasErrors() ? Main.SKIPPED_RECORDS : Main.OK;
  }
}
