package org.figsite.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.figsite.pipeline.BuildOptions;
import org.figsite.pipeline.BuildReport;
import org.figsite.pipeline.SiteBuilder;
import org.figsite.config.ConfigReader;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;

/** The real rebuild: the same build, with the same options, as {@code figsite build}. */
public final class SiteRebuilder implements Rebuilder {
  private final SiteBuilder builder;
  private final BuildOptions options;
  private final Consumer<BuildReport> reporter;

  /** @param reporter gets every build's report, to print it (the command line does) */
  public SiteRebuilder(SiteBuilder builder, BuildOptions options, Consumer<BuildReport> reporter) {
    this.builder = builder;
    this.options = options;
    this.reporter = reporter;
  }

  @Override
  public RebuildOutcome rebuild() {
    BuildReport report = builder.build(options);
    reporter.accept(report);
    return report.published() ? RebuildOutcome.built(baseurl()) : RebuildOutcome.failed(formatted(report.problems()));
  }

  /**
   * The path the site is built for: from --base-url, else the configuration; "" when the
   * configuration cannot be read (the build itself reports why).
   */
  public String baseurl() {
    if (options.baseUrl().isPresent()) {
      return ConfigReader.splitBaseUrl(options.baseUrl().get()).map(parts -> parts[1]).orElse("");
    }
    return ConfigReader.read(options.config(), options.configDisplay(), new Problems())
        .map(SiteConfig::baseurl).orElse("");
  }

  private static List<String> formatted(Problems problems) {
    List<String> lines = new ArrayList<>();
    for (Problem p : problems.sorted()) lines.add(p.format());
    if (problems.dropped() > 0) lines.add(problems.dropped() + " more problem(s) not shown");
    return lines;
  }
}
