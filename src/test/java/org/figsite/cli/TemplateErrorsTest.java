package org.figsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.figsite.testing.TestSite;
import org.figsite.testing.TestSite.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors in a site's override templates: reported at the template's line and column, without
 * FreeMarker's own long message and template stack unless --verbose asks for it.
 */
class TemplateErrorsTest {
  private static final String RECORD = "content/figures/PMC8023395__nihms-1688996-f0002.md";

  @TempDir Path tmp;
  TestSite site;

  @BeforeEach
  void seedSite() throws IOException {
    site = new TestSite(tmp).withConfig()
        .bytes(RECORD, Files.readAllBytes(Path.of(RECORD)));
  }

  @Test
  void reportsAnUnknownKeyByNameAtItsPositionWithTheObjectsKeys() throws IOException {
    site.file("templates/figure.ftlh", "<h1>${figure.title}</h1>\n<p>${figure.nosuch}</p>\n");
    Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).containsExactly("templates/figure.ftlh:2:6: error: template error while rendering "
        + RECORD + " (figure PMC8023395__nihms-1688996-f0002): figure has no `nosuch`");
    assertThat(r.err()).contains("    <p>${figure.nosuch}</p>\n         ^\n")
        .containsPattern("hint: figure's keys: [a-zA-Z, ]*\\bcaption\\b")
        .doesNotContain("${x!''}", "FTL stack trace", "----", "\tat ", "Tip:");
  }

  @Test
  void suggestsTheNearestKeyForAMisspeltOne() throws IOException {
    site.file("templates/figure.ftlh", "<h1>${figure.title}</h1>\n<p>${figure.captoin}</p>\n");
    Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).singleElement().asString()
        .endsWith(": figure has no `captoin`; did you mean `caption`?");
    assertThat(r.err()).contains("hint: figure's keys: ").doesNotContain("${x!''}");
  }

  @Test
  void suggestsTheNearestKeyInsideAListAndForAMisspeltVariable() throws IOException {
    site.file("templates/figure.ftlh", "<#list [figure] as f><p>${f.titel}</p></#list>\n");
    assertThat(site.build().headlines()).singleElement().asString().endsWith(": f has no `titel`; did you mean `title`?");
    site.file("templates/figure.ftlh", "<p>${figuer.title}</p>\n");
    Run r = site.build();
    assertThat(r.headlines()).singleElement().asString()
        .endsWith(": there is no variable `figuer`; did you mean `figure`?");
    assertThat(r.err()).containsPattern("hint: the variables here: .*\\bfigure\\b");
  }

  @Test
  void reportsASyntaxErrorAtItsPositionWithoutFreeMarkersListOfExpectedTokens() throws IOException {
    site.file("templates/figure.ftlh", "<h1>${figure.title}</h1>\n<p>${figure.caption</p>\n");
    Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).containsExactly("templates/figure.ftlh:2:21: error: template syntax: Encountered \"/\"");
    assertThat(r.err()).contains("hint: run with --verbose to see what FreeMarker expected here")
        .doesNotContain("was expecting", "\tat ");
  }

  @Test
  void reportsASyntaxErrorInAnImportedTemplateWhereItIsNotAtTheImport() throws IOException {
    site.file("templates/layout.ftlh", "<#macro frame bodyClass=\"\">\n<#if x>\n</#macro>\n");
    Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).singleElement().asString().startsWith("templates/layout.ftlh:");
  }

  @Test
  void printsFreeMarkersFullMessageWithVerbose() throws IOException {
    site.file("templates/figure.ftlh", "<h1>${figure.title}</h1>\n<p>${figure.nosuch}</p>\n");
    Run r = site.build("--verbose");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).singleElement().asString().endsWith(": figure has no `nosuch`");
    assertThat(r.err()).contains("  | The following has evaluated to null or missing:", "  | ==> figure.nosuch", "FTL stack trace");
  }

  @Test
  void printsTheExpectedTokensOfASyntaxErrorWithVerbose() throws IOException {
    site.file("templates/figure.ftlh", "<p>${figure.caption</p>\n");
    Run r = site.build("--verbose");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("  | ", "was expecting one of these patterns").doesNotContain("run with --verbose");
  }
}
