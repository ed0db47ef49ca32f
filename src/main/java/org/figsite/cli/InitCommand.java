package org.figsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.figsite.config.ConfigReader;
import org.figsite.scaffold.NewSite;
import org.figsite.scaffold.NewSite.FigsitePin;
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
          + "a README, a .gitignore and a GitHub Pages workflow (.github/workflows/pages.yml), which downloads "
          + "this figsite's release and checks its SHA-256 sums, or builds figsite from --figsite-repo at "
          + "--figsite-ref. The new site builds as it is: cd DIR && figsite build.",
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

  @Option(names = "--figsite-releases", paramLabel = "URL",
      description = "where the workflow downloads this figsite's release from (URL/vVERSION/figsite-VERSION.tar.gz); "
          + "default: where this figsite was released, if it was")
  String figsiteReleases;

  @Option(names = "--figsite-repo", paramLabel = "GIT-URL",
      description = "figsite repository the workflow builds figsite from when FIGSITE_REF is set; "
          + "default: the one this figsite was released from, if it was")
  String figsiteRepo;

  @Option(names = "--figsite-ref", paramLabel = "REF",
      description = "tag, branch or commit of --figsite-repo the workflow builds figsite from, "
          + "instead of downloading this figsite's release")
  String figsiteRef = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String[]> address = ConfigReader.splitBaseUrl(baseUrl);
    if (address.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--base-url: not an absolute http(s) URL with a plain path: " + baseUrl + " (e.g. https://USER.github.io/REPO)");
    }
    oneLine("--title", title);
    Distribution self = Distribution.current();
    String releases = oneLine("--figsite-releases", figsiteReleases == null ? self.releases() : figsiteReleases);
    String repo = oneLine("--figsite-repo", figsiteRepo == null ? self.repository() : figsiteRepo);
    String ref = oneLine("--figsite-ref", figsiteRef);
    FigsitePin pin = new FigsitePin(self.version(), releases, self.sha256sums().orElse(""), repo, ref);
    String shown = trim(dir);
    List<String> written;
    try {
      written = SiteScaffold.create(Path.of(dir), shown, new NewSite(title, address.get()[0], address.get()[1], pin));
    } catch (Refused e) {
      err.println(e.problem().format());
      return Main.INPUT_ERRORS;
    } catch (IOException e) {
      err.println("figsite: cannot create the site in " + shown + ": " + e.getMessage());
      return Main.INPUT_ERRORS;
    }
    for (String f : written) out.println("  created " + shown + "/" + f);
    String figsite = Launcher.command(self);
    out.println("figsite: new site in " + shown + "/. Next:");
    out.println("  cd " + Launcher.quote(shown) + " && " + figsite + " build && " + figsite + " serve");
    out.println("  to publish on GitHub Pages, see " + shown + "/README.md");
    if (!figsite.equals("figsite")) {
      out.println("  (figsite is not on your PATH; to type just `figsite`, see \"Install\" in figsite's README)");
    }
    if (!pin.pinsRelease() && ref.isEmpty()) {
      out.println("  (this figsite, " + self.version() + ", is not a release: before publishing, set the workflow's"
          + " figsite, see " + shown + "/README.md)");
    }
    out.flush();
    return Main.OK;
  }

  private String oneLine(String option, String value) {
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new ParameterException(spec.commandLine(), option + ": must be one line of text");
    }
    return value.strip();
  }

  private static String trim(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }
}
