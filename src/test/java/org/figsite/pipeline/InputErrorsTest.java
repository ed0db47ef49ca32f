package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of input error: each asserts the exact reported position and message, and
 * that the site built before the bad edit is left byte for byte as it was.
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
  void buildGoodSite() throws IOException {
    site = new TestSite(dir).withConfig()
        .file("content/figures/a.md", record("PMC1__a", "figid_alias: PMC1__F1\n"));
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    before = site.outputSnapshot();
    assertThat(before).containsKey("figures/PMC1__a.html");
  }

  private void assertFailsWith(String... headlines) throws IOException {
    TestSite.Run run = site.build();
    assertThat(run.headlines()).containsExactly(headlines);
    assertThat(run.exitCode()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(site.outputSnapshot()).containsExactlyEntriesOf(before);
  }

  @Test
  void reportsUnterminatedFrontMatterAtFirstLine() throws IOException {
    site.file("content/figures/b.md", "---\nfigid: PMC2__b\nfigtitle: no end\n");
    assertFailsWith("content/figures/b.md:1:1: error: unterminated front matter");
    assertThat(site.build().err()).contains("hint: did you forget the closing '---'");
  }

  @Test
  void reportsTabIndentationAtItsLine() throws IOException {
    site.file("content/figures/b.md", "---\nfigid: PMC2__b\norganisms:\n\t- Homo sapiens\n---\n");
    TestSite.Run run = site.build();
    assertThat(run.headlines()).hasSize(1);
    assertThat(run.headlines().get(0)).startsWith("content/figures/b.md:4:1: error: invalid YAML: ");
    assertThat(run.err()).contains("hint: YAML does not allow tabs for indentation");
    assertThat(site.outputSnapshot()).containsExactlyEntriesOf(before);
  }

  @Test
  void reportsUnclosedBracketWithHint() throws IOException {
    site.file("content/figures/b.md", "---\nfigid: PMC2__b\norganisms: [Homo sapiens, Mus musculus\nyear: '2001'\n---\n");
    TestSite.Run run = site.build();
    assertThat(run.headlines()).hasSize(1);
    assertThat(run.headlines().get(0)).startsWith("content/figures/b.md:4:5: error: invalid YAML: ");
    assertThat(run.err()).contains("hint: a '[' or '{' is not closed");
    assertThat(site.outputSnapshot()).containsExactlyEntriesOf(before);
  }

  @Test
  void reportsValueOfWrongTypeAtTheValue() throws IOException {
    site.file("content/figures/b.md", record("PMC2__b", "genes: not a list\n"));
    assertFailsWith("content/figures/b.md:7:8: error: genes must be a list of mappings, not a value");
  }

  @Test
  void reportsMapWhereTextExpected() throws IOException {
    site.file("content/figures/b.md", record("PMC2__b", "papertitle:\n  nested: map\n"));
    assertFailsWith("content/figures/b.md:8:3: error: papertitle must be text, not a mapping");
  }

  @Test
  void reportsMissingFigid() throws IOException {
    site.file("content/figures/b.md", "---\nfigtitle: untitled\n---\n");
    assertFailsWith("content/figures/b.md:1:1: error: missing figid");
  }

  @Test
  void reportsFigidThatIsNotASafeFileName() throws IOException {
    site.file("content/figures/b.md", record("../../etc/passwd", ""));
    assertFailsWith("content/figures/b.md:2:8: error: figid \"../../etc/passwd\" is not a safe file name: it has the character '/'");
  }

  @Test
  void reportsDuplicateFigidNamingBothFiles() throws IOException {
    site.file("content/figures/b.md", record("PMC1__a", ""));
    assertFailsWith("content/figures/b.md:2:8: error: duplicate figid \"PMC1__a\": also in content/figures/a.md:2:8");
  }

  @Test
  void reportsFigidsDifferingOnlyByCase() throws IOException {
    site.file("content/figures/b.md", record("pmc1__A", ""));
    assertFailsWith("content/figures/b.md:2:8: error: figid \"pmc1__A\" differs from \"PMC1__a\" "
        + "(content/figures/a.md:2:8) only by letter case");
  }

  @Test
  void reportsAliasCollidingWithAnotherFiguresPage() throws IOException {
    site.file("content/figures/b.md", record("PMC2__b", "redirect_from: /figures/PMC1__a\n"));
    assertFailsWith("content/figures/b.md:7:16: error: redirect \"/figures/PMC1__a\" of figure \"PMC2__b\" "
        + "collides with the page of figure \"PMC1__a\" (content/figures/a.md:2:8)");
  }

  @Test
  void reportsRedirectWithSchemeOrTraversal() throws IOException {
    site.file("content/figures/b.md", record("PMC2__b",
        "redirect_from:\n- https://evil.example/x\n- /figures/../../x\n- //evil.example/x\n"));
    assertFailsWith(
        "content/figures/b.md:8:3: error: redirect \"https://evil.example/x\" is not a plain site-relative path: it is an absolute URL with a scheme",
        "content/figures/b.md:9:3: error: redirect \"/figures/../../x\" is not a plain site-relative path: it contains a '..' segment",
        "content/figures/b.md:10:3: error: redirect \"//evil.example/x\" is not a plain site-relative path: it starts with '//', which names another host");
  }

  @Test
  void reportsBadEntrezAtItsLine() throws IOException {
    site.file("content/figures/b.md", record("PMC2__b",
        "genes:\n- word: HER2\n  symbol: HER2\n  hgnc_symbol: ERBB2\n  entrez: 12ab\n"));
    assertFailsWith("content/figures/b.md:11:11: error: entrez must be digits, got \"12ab\"");
  }

  @Test
  void collectsProblemsAcrossRecordsSorted() throws IOException {
    site.file("content/figures/c.md", "---\nfigtitle: x\n---\n");
    site.file("content/figures/b.md", "---\nfigid: PMC2__b\n");
    assertFailsWith(
        "content/figures/b.md:1:1: error: unterminated front matter",
        "content/figures/c.md:1:1: error: missing figid");
  }
}
