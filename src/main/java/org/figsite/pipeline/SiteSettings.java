package org.figsite.pipeline;

import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.figsite.config.ConfigReader;
import org.figsite.config.SiteConfig;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.render.Theme;

/**
 * The checked configuration and the theme, with its figure template compiled: read first, since
 * no record is worth reading when either is broken.
 */
record SiteSettings(SiteConfig config, Theme theme, Template figureTemplate) {
  /** The settings; empty, with the problems said, when the configuration or a template is broken. */
  static Optional<SiteSettings> read(BuildOptions opt, Problems problems, PhaseClock clock) {
    Optional<SiteConfig> config = config(opt, problems);
    if (config.isEmpty()) return Optional.empty();
    clock.mark("configuration");
    Optional<SiteSettings> settings = withTheme(config.get(), opt, problems);
    if (settings.isPresent()) clock.mark("templates");
    return settings;
  }

  /** The configuration file's settings, with {@code --base-url} in place of the file's. */
  private static Optional<SiteConfig> config(BuildOptions opt, Problems problems) {
    // --base-url gives the one key a site must configure: the default configuration file may be absent.
    boolean noFile = opt.baseUrl().isPresent() && opt.configDisplay().equals(SiteConfig.DEFAULT_FILE)
        && !Files.exists(opt.config());
    Optional<SiteConfig> cfg = noFile ? Optional.of(ConfigReader.defaults())
        : ConfigReader.read(opt.config(), opt.configDisplay(), problems);
    if (cfg.isEmpty() || opt.baseUrl().isEmpty()) return cfg;
    Optional<String[]> split = ConfigReader.parseBaseUrlOption(opt.baseUrl().get(), problems);
    return split.map(s -> cfg.get().withBaseUrl(s[0], s[1]));
  }

  private static Optional<SiteSettings> withTheme(SiteConfig config, BuildOptions opt, Problems problems) {
    try {
      Theme theme = new Theme(opt.templates(), opt.templatesDisplay());
      // Only the figure template here: an incremental build may need nothing else, and a full
      // build compiles the rest before it reads any record (FullBuild.run).
      return Optional.of(new SiteSettings(config, theme, theme.template("figure.ftlh")));
    } catch (Theme.TemplateProblem e) {
      problems.add(e.problem());
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(opt.templatesDisplay()), "cannot read templates: " + e.getMessage()));
    }
    return Optional.empty();
  }
}
