package org.figsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.figsite.config.ConfigReader;
import org.figsite.scaffold.NewSite;
import org.figsite.scaffold.Refused;
import org.figsite.scaffold.SiteScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a new site in DIR: figsite.yml, an example record, a home page, an empty templates/ folder, "
          + "a README, a .gitignore and a GitHub Pages workflow (.github/workflows/pages.yml). "
          + "The new site builds as it is: cd DIR && figsite build.",
      "Exit status: 0 created, 1 DIR exists and is not empty (nothing written), 2 usage error."
    })
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the new site's folder; must be missing or empty")
  String dir;

  @Option(names = "--title", paramLabel = "TEXT", description = "site title (default: ${DEFAULT-VALUE})")
  String title = "Pathway figures";

  @Option(names = "--base-url", paramLabel = "URL",
      description = "address the site will be served at, written to figsite.yml as url + baseurl, "
          + "e.g. https://USER.github.io/REPO (default: ${DEFAULT-VALUE})")
  String baseUrl = "https://example.org";

  @Option(names = "--figsite-repo", paramLabel = "GIT-URL",
      description = "figsite repository the workflow builds figsite from, unless the repository variable "
          + "FIGSITE_JAR_URL or FIGSITE_REPO says otherwise")
  String figsiteRepo = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String[]> address = ConfigReader.splitBaseUrl(baseUrl);
    if (address.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--base-url: not an absolute http(s) URL with a plain path: " + baseUrl + " (e.g. https://USER.github.io/REPO)");
    }
    if (title.chars().anyMatch(Character::isISOControl)) {
      throw new ParameterException(spec.commandLine(), "--title: must be one line of text");
    }
    String shown = trim(dir);
    List<String> written;
    try {
      written = SiteScaffold.create(Path.of(dir), shown,
          new NewSite(title, address.get()[0], address.get()[1], figsiteRepo.strip()));
    } catch (Refused e) {
      err.println(e.problem().format());
      return Main.INPUT_ERRORS;
    } catch (IOException e) {
      err.println("figsite: cannot create the site in " + shown + ": " + e.getMessage());
      return Main.INPUT_ERRORS;
    }
    for (String f : written) out.println("  created " + shown + "/" + f);
    out.println("figsite: new site in " + shown + "/. Next:");
    out.println("  cd " + shown + " && figsite build && figsite serve");
    out.println("  to publish on GitHub Pages, see " + shown + "/README.md");
    out.flush();
    return Main.OK;
  }

  private static String trim(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }
}
