package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePathsTest {
  @Test
  void slugsAreLowerCaseAsciiWithDashes() {
    assertThat(SitePaths.slug("Homo sapiens")).isEqualTo("homo-sapiens");
    assertThat(SitePaths.slug("  Escherichia coli K-12 (strain)")).isEqualTo("escherichia-coli-k-12-strain");
    assertThat(SitePaths.slug("Saccharomyces cerevisiæ Ñandú")).isEqualTo("saccharomyces-cerevisi-nandu");
    assertThat(SitePaths.slug("Синий")).isEqualTo("unnamed");
  }

  @Test
  void termIdsMustBeSafeFileNames() {
    assertThat(SitePaths.termId("D010168")).contains("D010168");
    assertThat(SitePaths.termId(" d010168 ")).contains("D010168");
    assertThat(SitePaths.termId("CHEBI:15377")).contains("CHEBI_15377");
    assertThat(SitePaths.termId("")).isEmpty();
    assertThat(SitePaths.termId("../etc")).isEmpty();
    assertThat(SitePaths.termId("index")).isEmpty();
  }

  @Test
  void namesFallUnderTheirLetter() {
    assertThat(SitePaths.letterOf("tp53")).isEqualTo("t");
    assertThat(SitePaths.letterOf("Ébola")).isEqualTo("e");
    assertThat(SitePaths.letterOf("5-HT")).isEqualTo("0-9");
    assertThat(SitePaths.letterOf("αβ")).isEqualTo("other");
  }

  @Test
  void listingPagesAfterTheFirstGoInAFolder() {
    assertThat(SitePaths.organismPage("homo-sapiens", 1)).isEqualTo("/organisms/homo-sapiens.html");
    assertThat(SitePaths.organismPage("homo-sapiens", 3)).isEqualTo("/organisms/homo-sapiens/3.html");
    assertThat(SitePaths.figureIndexPage(2)).isEqualTo("/figures/page/2.html");
    assertThat(SitePaths.letterPage("genes", "t", 2)).isEqualTo("/genes/index/t/2.html");
  }
}
