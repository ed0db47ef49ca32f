package org.figsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figsite.testing.TestSite;
import org.figsite.testing.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code figsite templates}: where each theme file comes from, and copying one to edit it. */
class TemplatesCommandTest {
  @TempDir Path tmp;

  @Test
  void listsEveryBuiltInFileSortedWhenTheSiteOverridesNothing() throws IOException {
    Run r = TestSite.run("templates", "--list", "--templates", tmp.resolve("templates").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> names = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
    // The built-in theme is this repository's templates/ folder.
    List<String> theme;
    try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(Path.of("templates"))) {
      theme = s.filter(java.nio.file.Files::isRegularFile)
          .map(p -> Path.of("templates").relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertThat(theme).contains("figure.ftlh", "layout.ftlh", "static/figsite.css");
    assertThat(names).containsExactlyElementsOf(theme);
    assertThat(r.out().lines()).allMatch(l -> l.endsWith("  built-in"));
  }

  @Test
  void marksAnOverriddenTemplateAndAnExtraFileAsComingFromTheSite() throws IOException {
    new TestSite(tmp).file("templates/figure.ftlh", "<p>mine</p>\n").file("templates/partials/card.ftlh", "x\n");
    Run r = TestSite.run("templates", "--list", "--templates", tmp + "/templates/");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Columns are padded to the longest name: compare with single spaces.
    assertThat(r.out().lines().map(l -> l.strip().replaceAll(" {2,}", " ")))
        .contains("figure.ftlh " + tmp + "/templates/figure.ftlh (overrides the built-in)")
        .contains("partials/card.ftlh " + tmp + "/templates/partials/card.ftlh (site only)")
        .contains("gene.ftlh built-in");
  }

  @Test
  void copiesABuiltInTemplateIntoTheSiteAndRefusesToOverwriteIt() throws IOException {
    Path templates = tmp.resolve("templates");
    Run copy = TestSite.run("templates", "--copy", "figure.ftlh", "--templates", templates.toString());
    assertThat(copy.exitCode()).as(copy.err()).isZero();
    assertThat(templates.resolve("figure.ftlh")).hasSameBinaryContentAs(Path.of("templates/figure.ftlh"));

    Files.writeString(templates.resolve("figure.ftlh"), "edited");
    Run again = TestSite.run("templates", "--copy", "figure.ftlh", "--templates", templates.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).startsWith(templates + "/figure.ftlh: error: already exists; not overwritten");
    assertThat(templates.resolve("figure.ftlh")).hasContent("edited");
  }

  @Test
  void refusesToCopyAFileTheThemeDoesNotHave() {
    Run r = TestSite.run("templates", "--copy", "../pom.xml", "--templates", tmp.resolve("templates").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("../pom.xml: error: the built-in theme has no file of this name");
    assertThat(tmp.resolve("templates")).doesNotExist();
  }
}
