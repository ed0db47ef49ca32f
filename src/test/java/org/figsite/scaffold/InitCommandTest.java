package org.figsite.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.figsite.testing.TestSite;
import org.figsite.testing.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code figsite init}, through the real command line. */
class InitCommandTest {
  @TempDir Path tmp;

  @Test
  void createsASiteThatBuildsAndPassesCheckAsItIs() throws IOException {
    Path site = tmp.resolve("mysite");
    Run init = TestSite.run("init", site.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(site.resolve("content/figures/PMC8023395__nihms-1688996-f0002.md"))
        .hasSameBinaryContentAs(Path.of("content/figures/PMC8023395__nihms-1688996-f0002.md"));
    assertThat(site.resolve("content/pages/index.md")).isRegularFile();
    assertThat(site.resolve("templates/README.md")).content().contains("figsite templates --list");
    assertThat(site.resolve(".gitignore")).content().contains("/site-output/", "/.site-output.figsite-*");
    assertThat(site.resolve("README.md")).content().contains("figsite build", "figsite serve", "figsite check");
    try (var s = Files.list(site.resolve("templates"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("README.md");
    }

    Run build = TestSite.run("build", "--content", site + "/content", "--templates", site + "/templates",
        "--output", site + "/site-output", "--config", site + "/figsite.yml");
    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(site.resolve("site-output/figures/PMC8023395__nihms-1688996-f0002.html")).isRegularFile();

    Run check = TestSite.run("check", "--site", site + "/site-output", "--content", site + "/content",
        "--config", site + "/figsite.yml");
    assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("0 error(s)");
  }

  @Test
  void writesTheTitleAndAddressIntoTheConfiguration() throws IOException {
    Path site = tmp.resolve("s");
    Run init = TestSite.run("init", site.toString(), "--title", "Kinase \"maps\": a test", "--base-url",
        "https://someone.github.io/pathways/");
    assertThat(init.exitCode()).as(init.err()).isZero();
    Map<String, Object> config = new Yaml().load(Files.readString(site.resolve("figsite.yml")));
    assertThat(config).containsEntry("title", "Kinase \"maps\": a test")
        .containsEntry("url", "https://someone.github.io").containsEntry("baseurl", "/pathways");
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesAPagesWorkflowThatBuildsWithTheBaseUrlAndDeploys() throws IOException {
    Path site = tmp.resolve("s");
    assertThat(TestSite.run("init", site.toString(), "--figsite-repo", "https://git.example.org/figsite.git").exitCode())
        .isZero();
    String text = Files.readString(site.resolve(".github/workflows/pages.yml"));
    Map<String, Object> wf = new Yaml().load(text);

    assertThat((Map<String, Object>) wf.get("permissions"))
        .containsEntry("pages", "write").containsEntry("id-token", "write").containsEntry("contents", "read");
    assertThat((Map<String, Object>) wf.get("concurrency")).containsEntry("group", "pages");
    assertThat((Map<String, Object>) wf.get("env"))
        .containsEntry("FIGSITE_REPO", "${{ vars.FIGSITE_REPO || 'https://git.example.org/figsite.git' }}");

    Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
    List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
    assertThat(build).extracting(s -> s.get("uses")).contains("actions/checkout@v6", "actions/setup-java@v6",
        "actions/configure-pages@v6", "actions/upload-pages-artifact@v5");
    Map<String, Object> pages = build.stream().filter(s -> "pages".equals(s.get("id"))).findFirst().orElseThrow();
    assertThat(pages.get("uses")).isEqualTo("actions/configure-pages@v6");
    Map<String, Object> upload = build.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact")).findFirst().orElseThrow();
    assertThat((Map<String, Object>) upload.get("with")).containsEntry("path", "site-output");
    assertThat(build).extracting(s -> String.valueOf(s.get("run")))
        .anyMatch(r -> r.contains("build --base-url \"${{ steps.pages.outputs.base_url }}\""));
    // figsite check runs between the build and the upload, so its errors stop the publication
    List<String> names = build.stream().map(s -> String.valueOf(s.get("name"))).toList();
    assertThat(names).containsSubsequence("Build the site", "Check the site", "Upload the site");
    assertThat(build.get(names.indexOf("Check the site")).get("run"))
        .isEqualTo("figsite check --base-url \"${{ steps.pages.outputs.base_url }}\"");
    // the last build's site and cache are restored, keyed by figsite, configuration and templates
    Map<String, Object> restore = build.get(names.indexOf("Restore the last build"));
    assertThat(restore.get("uses")).isEqualTo("actions/cache@v5");
    assertThat((Map<String, Object>) restore.get("with")).extractingByKey("key").asString()
        .startsWith("figsite-site-${{ steps.figsite.outputs.key }}-${{ hashFiles('figsite.yml', 'templates/**') }}-");
    Map<String, Object> setupJava = build.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java")).findFirst().orElseThrow();
    assertThat((Map<String, Object>) setupJava.get("with")).containsEntry("distribution", "temurin")
        .containsEntry("java-version", "17");

    Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
    assertThat(deploy.get("needs")).isEqualTo("build");
    assertThat((Map<String, Object>) deploy.get("environment")).containsEntry("name", "github-pages");
    assertThat((List<Map<String, Object>>) deploy.get("steps")).extracting(s -> s.get("uses"))
        .containsExactly("actions/deploy-pages@v5");
  }

  @Test
  void refusesAFolderThatIsNotEmptyAndWritesNothing() throws IOException {
    Path site = tmp.resolve("taken");
    Files.createDirectories(site);
    Files.writeString(site.resolve("notes.txt"), "mine");
    Run init = TestSite.run("init", site.toString());
    assertThat(init.exitCode()).isEqualTo(1);
    assertThat(init.err()).startsWith(site + ": error: folder is not empty; figsite init only creates a new site");
    try (var s = Files.list(site)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
  }

  @Test
  void initialisesAnEmptyFolder() throws IOException {
    Path site = tmp.resolve("empty");
    Files.createDirectories(site);
    assertThat(TestSite.run("init", site.toString()).exitCode()).isZero();
    assertThat(site.resolve("figsite.yml")).isRegularFile();
  }

  @Test
  void rejectsABaseUrlThatIsNotAnAddress() {
    Run init = TestSite.run("init", tmp.resolve("s").toString(), "--base-url", "USER.github.io/REPO");
    assertThat(init.exitCode()).isEqualTo(2);
    assertThat(tmp.resolve("s")).doesNotExist();
  }

  @Test
  @SuppressWarnings("unchecked")
  void pinsTheReleaseByItsSha256SumsInTheWorkflow() {
    String sums = "a".repeat(64) + "  bin/figsite\n" + "b".repeat(64) + "  lib/figsite.jar\n";
    String text = SiteScaffold.fill(resourceText("pages.yml"), new NewSite("T", "https://example.org", "",
        new NewSite.FigsitePin("1.2.0", "https://github.com/o/figsite/releases/download", sums, "", "")));
    Map<String, Object> env = (Map<String, Object>) new Yaml().<Map<String, Object>>load(text).get("env");
    assertThat(env).containsEntry("FIGSITE_VERSION", "1.2.0")
        .containsEntry("FIGSITE_RELEASES", "https://github.com/o/figsite/releases/download")
        .containsEntry("FIGSITE_SHA256", sums).containsEntry("FIGSITE_REF", "${{ vars.FIGSITE_REF || '' }}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void pinsNothingForAFigsiteThatIsNotARelease() throws IOException {
    Path site = tmp.resolve("s");
    Run init = TestSite.run("init", site.toString());
    assertThat(init.exitCode()).isZero();
    // the tests run figsite from its classes folder: there is no release jar to pin
    assertThat(init.out()).contains("is not a release: before publishing, set the workflow's figsite");
    Map<String, Object> env = (Map<String, Object>) new Yaml().<Map<String, Object>>load(
        Files.readString(site.resolve(".github/workflows/pages.yml"))).get("env");
    assertThat(env).containsEntry("FIGSITE_VERSION", "").containsEntry("FIGSITE_SHA256", "");
  }

  /** docs/init.md lists the lines of the .gitignore init writes: those lines and no others. */
  @Test
  void theGitignoreIsTheOneDocsInitDescribes() throws IOException {
    Path site = tmp.resolve("s");
    assertThat(TestSite.run("init", site.toString()).exitCode()).isZero();
    List<String> written = Files.readAllLines(site.resolve(".gitignore")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    String row = Files.readAllLines(Path.of("docs/init.md")).stream()
        .filter(l -> l.startsWith("| `.gitignore` |")).findFirst().orElseThrow();
    String described = row.substring("| `.gitignore` |".length(), row.indexOf(':'));
    List<String> documented = java.util.regex.Pattern.compile("`([^`]+)`").matcher(described).results()
        .map(m -> m.group(1)).toList();
    assertThat(documented).containsExactlyElementsOf(written);
  }

  private static String resourceText(String name) {
    try (var in = SiteScaffold.class.getResourceAsStream(SiteScaffold.ROOT + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
