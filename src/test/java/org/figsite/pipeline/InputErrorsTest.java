package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input errors next to a good record already in content/ (figure PMC1__a, alias PMC1__F1): each
 * case asserts the exact reported position and message, and that the site built before the bad
 * edit is left byte for byte as it was. The many variants of each kind of error are the hostile
 * cases' ({@code src/test/resources/hostile/}); these are the ones that need the good record
 * beside them, or a hint under the headline.
 */
class InputErrorsTest {
  @TempDir Path dir;
  TestSite site;
  Map<String, String> before;

  static String record(String figid, String extra) {
    return "---\nfigid: " + figid + "\nfigtitle: A figure\ncaption: Some caption.\npmcid: PMC1\n"
        + "filename: f1.jpg\n" + extra + "---\n";
  }

  @BeforeEach
  void buildGoodSite() {
    site = new TestSite(dir).withConfig().file("content/figures/a.md", record("PMC1__a", "figid_alias: PMC1__F1\n"));
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    before = site.outputSnapshot();
    assertThat(before).containsKey("figures/PMC1__a.html");
  }

  /** Builds, expecting failure, and returns what was printed once the site was found untouched. */
  private TestSite.Run buildFails() {
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(site.outputSnapshot()).containsExactlyEntriesOf(before);
    return run;
  }

  static Stream<Arguments> badRecords() {
    return Stream.of(
        Arguments.of("wrong type: a value where a list is expected",
            record("PMC2__b", "genes: not a list\n"),
            List.of("content/figures/b.md:7:8: error: genes must be a list of mappings, not a value")),
        Arguments.of("wrong type: a mapping where text is expected",
            record("PMC2__b", "papertitle:\n  nested: map\n"),
            List.of("content/figures/b.md:8:3: error: papertitle must be text, not a mapping")),
        Arguments.of("missing figid", "---\nfigtitle: untitled\n---\n",
            List.of("content/figures/b.md:1:1: error: missing figid")),
        Arguments.of("figid that is not a safe file name", record("../../etc/passwd", ""),
            List.of("content/figures/b.md:2:8: error: figid \"../../etc/passwd\" is not a safe file name: it has the character '/'")),
        Arguments.of("duplicate figid, naming both files", record("PMC1__a", ""),
            List.of("content/figures/b.md:2:8: error: duplicate figid \"PMC1__a\": also in content/figures/a.md:2:8")),
        Arguments.of("figids that differ only by case", record("pmc1__A", ""),
            List.of("content/figures/b.md:2:8: error: figid \"pmc1__A\" differs from \"PMC1__a\" "
                + "(content/figures/a.md:2:8) only by letter case")),
        Arguments.of("alias colliding with another figure's page", record("PMC2__b", "redirect_from: /figures/PMC1__a\n"),
            List.of("content/figures/b.md:7:16: error: redirect \"/figures/PMC1__a\" of figure \"PMC2__b\" "
                + "collides with the page of figure \"PMC1__a\" (content/figures/a.md:2:8)")),
        Arguments.of("redirects with a scheme, a traversal or another host",
            record("PMC2__b", "redirect_from:\n- https://evil.example/x\n- /figures/../../x\n- //evil.example/x\n"),
            List.of(
                "content/figures/b.md:8:3: error: redirect \"https://evil.example/x\" is not a plain site-relative path: it is an absolute URL with a scheme",
                "content/figures/b.md:9:3: error: redirect \"/figures/../../x\" is not a plain site-relative path: it contains a '..' segment",
                "content/figures/b.md:10:3: error: redirect \"//evil.example/x\" is not a plain site-relative path: it starts with '//', which names another host")),
        Arguments.of("entrez that is not digits",
            record("PMC2__b", "genes:\n- word: HER2\n  symbol: HER2\n  hgnc_symbol: ERBB2\n  entrez: 12ab\n"),
            List.of("content/figures/b.md:11:11: error: entrez must be digits, got \"12ab\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRecords")
  void reportsTheErrorAtItsPositionAndLeavesTheSite(String kind, String text, List<String> headlines) {
    site.file("content/figures/b.md", text);
    assertThat(buildFails().headlines()).containsExactlyElementsOf(headlines);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unterminated front matter | '---\nfigid: PMC2__b\nfigtitle: no end\n'                                  | content/figures/b.md:1:1: error: unterminated front matter | hint: did you forget the closing '---'
      a tab indenting YAML       | '---\nfigid: PMC2__b\norganisms:\n\t- Homo sapiens\n---\n'                 | content/figures/b.md:4:1: error: invalid YAML:              | hint: YAML does not allow tabs for indentation
      an unclosed bracket        | '---\nfigid: PMC2__b\norganisms: [Homo sapiens, Mus musculus\nyear: ''2001''\n---\n' | content/figures/b.md:4:5: error: invalid YAML: | hint: a '[' or '{' is not closed
      """)
  void reportsSyntaxErrorsWithAHintOnHowToFixThem(String kind, String text, String headline, String hint) {
    site.file("content/figures/b.md", text.translateEscapes());
    TestSite.Run run = buildFails();
    assertThat(run.headlines()).singleElement().asString().startsWith(headline);
    assertThat(run.err()).contains(hint);
  }

  @Test
  void collectsProblemsAcrossRecordsSorted() {
    site.file("content/figures/c.md", "---\nfigtitle: x\n---\n").file("content/figures/b.md", "---\nfigid: PMC2__b\n");
    assertThat(buildFails().headlines()).containsExactly(
        "content/figures/b.md:1:1: error: unterminated front matter",
        "content/figures/c.md:1:1: error: missing figid");
  }
}
