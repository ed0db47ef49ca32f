package org.figsite.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.figsite.pipeline.BuildOptions;
import org.figsite.config.SiteConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that say what to build and where; shared by {@code build} and {@code serve} so they build alike. */
final class BuildArgs {
  @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
  String content = "content";

  @Option(names = "--templates", paramLabel = "DIR",
      description = "templates folder; its files override the built-in theme (default: ${DEFAULT-VALUE})")
  String templates = "templates";

  @Option(names = "--output", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
  String output = "site-output";

  @Option(names = "--config", paramLabel = "FILE", description = "site configuration (default: ${DEFAULT-VALUE})")
  String config = SiteConfig.DEFAULT_FILE;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "absolute URL the site is served at; replaces url and baseurl of the configuration (which may then be absent). Example: https://example.org/pfocr")
  String baseUrl;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N", description = "worker threads for every parallel step, at least 1 (default: number of cores)")
  void threads(int n) {
    threads = Main.requireThreads(command.commandLine(), n);
  }

  @Option(names = "--no-cache",
      description = "build everything from scratch and keep no cache (by default a build redoes only what changed "
          + "since the last one, using a cache file beside the output folder)")
  boolean noCache;

  @Option(names = "--verbose",
      description = "on a template error, also print FreeMarker's full message with the template stack; "
          + "after a build, say how many worker threads ran work")
  boolean verbose;

  @Option(names = "--skip-invalid",
      description = "report invalid records and pages, leave them out, and publish the rest "
          + "(exit status 3 when any were left out)")
  boolean skipInvalid;

  /** @param quickJit whether this JVM runs with C1 only ({@link BuildOptions#quickJit()}) */
  BuildOptions toOptions(boolean quickJit) {
    return new BuildOptions(
        Path.of(content), trim(content), Path.of(templates), trim(templates), Path.of(output), trim(output),
        Path.of(config), config, Optional.ofNullable(baseUrl), threads, !noCache, skipInvalid,
        quickJit);
  }

  private static String trim(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }
}
