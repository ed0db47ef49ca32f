package org.figsite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.figsite.check.CheckOptions;
import org.figsite.check.CheckReport;
import org.figsite.check.SiteChecker;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Problems;
import org.figsite.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a built site: internal links and anchors resolve, images have alt text, JSON-LD parses, uses "
          + "schema.org's types and properties, and Datasets and Genes have what Google's Dataset guidelines and the "
          + "Bioschemas profiles ask for, redirect stubs point at real pages, sitemaps follow the protocol, and "
          + "nothing links to a local development server. Problems on figure pages are reported at the record; "
          + "a structured-data finding seen on many pages is reported once, with a count and three examples.",
      "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--site", paramLabel = "DIR", description = "the built site (default: ${DEFAULT-VALUE})")
  String site = "site-output";

  @Option(names = "--content", paramLabel = "DIR",
      description = "content folder, to point problems back at records (default: ${DEFAULT-VALUE})")
  String content = "content";

  @Option(names = "--config", paramLabel = "FILE",
      description = "site configuration, for the site's url and baseurl (default: ${DEFAULT-VALUE})")
  String config = SiteConfig.DEFAULT_FILE;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "absolute URL the site is served at; replaces url and baseurl of the configuration (which may then be absent). Example: https://example.org/pfocr")
  String baseUrl;

  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N", description = "worker threads, at least 1 (default: number of cores)")
  void threads(int n) {
    threads = Main.requireThreads(spec.commandLine(), n);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckOptions opt = new CheckOptions(Path.of(site), trim(site), Path.of(content), trim(content),
        Path.of(config), config, Optional.ofNullable(baseUrl), threads);
    try {
      OutputFolder.finishInterruptedCommit(Path.of(site), trim(site));
    } catch (OutputFolder.Refused e) {
      Problems p = new Problems();
      p.add(e.problem());
      ProblemPrinter.print(p, err);
      return Main.INPUT_ERRORS;
    }
    CheckReport r = new SiteChecker().check(opt);
    ProblemPrinter.print(r.problems(), err);
    out.printf(Locale.ROOT, "figsite check: %,d pages, %,d links checked; %,d error(s), %,d warning(s) in %.2f s (%,.0f pages/s)%n",
        r.pages(), r.links(), r.problems().errorCount(), r.problems().warningCount(), r.millis() / 1000.0,
        r.pagesPerSecond());
    out.flush();
    return r.passed() ? Main.OK : Main.INPUT_ERRORS;
  }

  private static String trim(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }
}
