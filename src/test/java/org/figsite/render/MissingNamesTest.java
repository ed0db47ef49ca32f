package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.figsite.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template asking for a name the model lacks is told which names there are. */
class MissingNamesTest {
  @TempDir Path tmp;

  public record View(String caption, String title, String year) {}

  private Problem render(String template, Map<String, Object> model) throws IOException {
    Files.writeString(tmp.resolve("t.ftlh"), template);
    Theme theme = new Theme(tmp, "templates");
    Theme.TemplateProblem e = catchThrowableOfType(Theme.TemplateProblem.class,
        () -> theme.render(theme.template("t.ftlh"), model, "a page"));
    assertThat(e).isNotNull();
    return e.problem();
  }

  @Test
  void namesTheNearestKeyAndListsTheObjectsKeys() throws IOException {
    Problem p = render("<p>${figure.captoin}</p>", Map.of("figure", new View("c", "t", "2020")));
    assertThat(p.headline()).isEqualTo(
        "templates/t.ftlh:1:6: error: template error while rendering a page: figure has no `captoin`; did you mean `caption`?");
    assertThat(p.hint()).isEqualTo("figure's keys: caption, title, year");
  }

  @Test
  void suggestsNothingWhenNoKeyIsNear() throws IOException {
    Problem p = render("${page.figure.abstract}", Map.of("page", Map.of("figure", new View("c", "t", "2020"))));
    assertThat(p.message()).endsWith(": page.figure has no `abstract`");
    assertThat(p.hint()).isEqualTo("page.figure's keys: caption, title, year");
  }

  @Test
  void keepsTheDefaultValueHintForAKeyThatIsThereWithoutAValue() throws IOException {
    Problem p = render("${figure.year}", Map.of("figure", new View("c", "t", null)));
    assertThat(p.message()).endsWith(": figure.year is null or missing");
    assertThat(p.hint()).isEqualTo("use ${x!''} or <#if x??> for values a record may lack");
  }

  @Test
  void templatesCanListTheKeysOfAView() throws IOException, Theme.TemplateProblem {
    Files.writeString(tmp.resolve("k.ftlh"), "<#list figure?keys as k>${k} </#list>");
    Theme theme = new Theme(tmp, "templates");
    byte[] out = theme.render(theme.template("k.ftlh"), Map.of("figure", new View("c", "t", "y")), "a page");
    assertThat(new String(out, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("caption title year ");
  }

  @Test
  void countsASwapOfNeighbouringLettersAsOneEdit() {
    assertThat(MissingNames.distance("captoin", "caption")).isEqualTo(1);
    assertThat(MissingNames.distance("figid", "figid")).isZero();
    assertThat(MissingNames.nearest("Titel", List.of("caption", "title"))).contains("title");
    assertThat(MissingNames.nearest("genes", List.of("caption", "title"))).isEmpty();
  }
}
