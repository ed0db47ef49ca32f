package org.figsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectPathsTest {
  @ParameterizedTest
  @ValueSource(strings = {"/figures/PMC1__F2", "figures/PMC1__F2", "/old/path/", "/a.b-c_d~e+f"})
  void acceptsPlainSiteRelativePaths(String path) {
    assertThat(RedirectPaths.whyInvalid(path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/", "javascript:alert(1)", "//evil.example/x", "/a/../../b",
      "/a\\b", "/a\u0000b", "/a\nb", "/a//b", "/", "", "/a b", "/%2e%2e/x"})
  void refusesAnythingElse(String path) {
    assertThat(RedirectPaths.whyInvalid(path)).isPresent();
  }

  @Test
  void mapsPathsToStubFiles() {
    assertThat(RedirectPaths.stubFile("/figures/PMC1__F2")).isEqualTo("/figures/PMC1__F2.html");
    assertThat(RedirectPaths.stubFile("old/")).isEqualTo("/old/index.html");
    assertThat(RedirectPaths.stubFile("/x.html")).isEqualTo("/x.html");
  }

  /** figsite's own files, in any letter case, are not a stub's to take; the figure pages' folder is open. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      /index.html             | true
      /genes/TP53.html        | true
      /figures/index.html     | true
      /figures/PMC1__F2.html  | false
      /Index.html             | true
      /GENES/index.html       | true
      /figures/INDEX.html     | true
      /Figures/Page/2.html    | true
      /Indexes.html           | false
      """)
  void reservesFigsitesOwnFiles(String path, boolean reserved) {
    assertThat(RedirectPaths.isReserved(path)).isEqualTo(reserved);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/CON", "/figures/aux", "/LPT1/x", "/stubs/nul.txt", "/a/Com9.html", "/prn/"})
  void refusesWindowsDeviceNamesInAnySegment(String path) {
    assertThat(RedirectPaths.whyInvalid(path)).get().asString().contains("Windows device name");
  }

  @Test
  void reservesOnlyTheExactNameWhenAskedTo() {
    assertThat(RedirectPaths.isReservedExactly("/Index.html")).isFalse();
    assertThat(RedirectPaths.isReservedExactly("/index.html")).isTrue();
  }
}
