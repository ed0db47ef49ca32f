package org.figsite.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.figsite.diag.Problem;
import org.figsite.diag.SourcePos;

/**
 * Writes a new site folder ({@code figsite init}): configuration, one example record, a home page,
 * an empty templates folder, a README, a .gitignore and a GitHub Pages workflow. The files ship in
 * the jar under {@link #ROOT}; a few carry {@code @NAME@} placeholders filled from {@link NewSite}.
 */
public final class SiteScaffold {
  static final String ROOT = "/org/figsite/scaffold/site/";

  /**
   * Resource name → path in the new site. Listed, not discovered: the class path cannot be listed,
   * and Maven's resource copying drops files named like {@code .gitignore}.
   */
  private static final List<ScaffoldFile> FILES = List.of(
      new ScaffoldFile("figsite.yml", "figsite.yml", true),
      new ScaffoldFile("README.md", "README.md", true),
      new ScaffoldFile("gitignore", ".gitignore", false),
      new ScaffoldFile("pages.yml", ".github/workflows/pages.yml", true),
      new ScaffoldFile("index.md", "content/pages/index.md", true),
      new ScaffoldFile("PMC8023395__nihms-1688996-f0002.md", "content/figures/PMC8023395__nihms-1688996-f0002.md", false),
      new ScaffoldFile("templates-README.md", "templates/README.md", false));

  private SiteScaffold() {}

  /**
   * Creates the site in {@code dir}, which must be missing or empty so that nothing of the user's is
   * overwritten. Returns the files written, relative to {@code dir}, in the order written.
   */
  public static List<String> create(Path dir, String dirDisplay, NewSite site) throws Refused, IOException {
    refuseUnlessEmpty(dir, dirDisplay);
    List<String> written = new ArrayList<>();
    for (ScaffoldFile f : FILES) {
      Path target = dir.resolve(f.target());
      Files.createDirectories(target.getParent());
      byte[] bytes = resource(f.resource());
      if (f.filled()) bytes = fill(new String(bytes, StandardCharsets.UTF_8), site).getBytes(StandardCharsets.UTF_8);
      Files.write(target, bytes);
      written.add(f.target());
    }
    return written;
  }

  private static void refuseUnlessEmpty(Path dir, String dirDisplay) throws Refused, IOException {
    if (!Files.exists(dir)) return;
    if (!Files.isDirectory(dir)) {
      throw new Refused(Problem.error(SourcePos.ofFile(dirDisplay), "exists and is not a folder")
          .withHint("give figsite init the name of a new folder"));
    }
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isPresent()) {
        throw new Refused(Problem.error(SourcePos.ofFile(dirDisplay), "folder is not empty; figsite init only creates a new site")
            .withHint("give figsite init the name of a new or empty folder, so nothing of yours is overwritten"));
      }
    }
  }

  static String fill(String text, NewSite site) {
    return text
        .replace("@TITLE_YAML@", YamlText.doubleQuoted(site.title()))
        .replace("@TITLE@", site.title())
        .replace("@URL@", site.url())
        .replace("@BASEURL_YAML@", YamlText.doubleQuoted(site.baseurl()))
        .replace("@FIGSITE_VERSION@", singleQuoted(site.figsite().pinsRelease() ? site.figsite().version() : ""))
        .replace("@FIGSITE_RELEASES@", singleQuoted(site.figsite().pinsRelease() ? site.figsite().releases() : ""))
        .replace("@FIGSITE_SHA256_YAML@", site.figsite().pinsRelease() ? sumsBlock(site.figsite().sha256sums()) : "''")
        .replace("@FIGSITE_REPO_EXPR@", singleQuoted(site.figsite().repo()))
        .replace("@FIGSITE_REF_EXPR@", singleQuoted(site.figsite().ref()));
  }

  /** Text for inside a single-quoted YAML scalar (which GitHub's expressions also use). */
  private static String singleQuoted(String s) {
    return s.replace("'", "''");
  }

  /** sha256sum lines as a literal block under a key indented by two spaces. */
  private static String sumsBlock(String lines) {
    StringBuilder sb = new StringBuilder("|");
    for (String line : lines.strip().split("\n")) sb.append("\n    ").append(line.strip());
    return sb.toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = SiteScaffold.class.getResourceAsStream(ROOT + name)) {
      if (in == null) throw new IllegalStateException("figsite's jar lacks the scaffold file " + ROOT + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One file of the new site: where it ships, where it goes, whether placeholders are filled. */
  private record ScaffoldFile(String resource, String target, boolean filled) {}
}
