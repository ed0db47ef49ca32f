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

  @Test
  void humanGenePagesKeepTheirPlaceOtherOrganismsGetAFolder() {
    assertThat(SitePaths.geneKey("9606", "Homo sapiens", "AKT1")).isEqualTo("AKT1");
    assertThat(SitePaths.geneKey("10090", "Mus musculus", "Akt1")).isEqualTo("mus-musculus/Akt1");
    assertThat(SitePaths.geneKey("9606", "anything", "AKT1")).as("the taxon decides, not the name").isEqualTo("AKT1");
    assertThat(SitePaths.geneKey("224308", "Bacillus subtilis subsp. subtilis str. 168", "ackA"))
        .isEqualTo("bacillus-subtilis-subsp-subtilis-str-168/ackA");
    assertThat(SitePaths.geneKey("7227", "Drosophila melanogaster", "Su(H)")).isEqualTo("drosophila-melanogaster/Su~28H~29");
    assertThat(SitePaths.geneKey("1", "Index", "x")).as("never the A–Z folder").isEqualTo("index-organism/x");
    assertThat(SitePaths.genePage(SitePaths.geneKey("10090", "Mus musculus", "Akt1"), 1))
        .isEqualTo("/genes/mus-musculus/Akt1.html");
    assertThat(SitePaths.genePage(SitePaths.geneKey("10090", "Mus musculus", "Akt1"), 2))
        .isEqualTo("/genes/mus-musculus/Akt1/2.html");
  }

  @Test
  void fileSafeKeepsPlainSymbolsAndHexEscapesTheRest() {
    assertThat(SitePaths.fileSafe("AKT1")).isEqualTo("AKT1");
    assertThat(SitePaths.fileSafe("B-H2")).isEqualTo("B-H2");
    assertThat(SitePaths.fileSafe("HLA-DRB1@_x.2")).isEqualTo("HLA-DRB1@_x.2");
    assertThat(SitePaths.fileSafe("Su(H)")).isEqualTo("Su~28H~29");
    assertThat(SitePaths.fileSafe("E(spl)m3-HLH")).isEqualTo("E~28spl~29m3-HLH");
    assertThat(SitePaths.fileSafe(".hidden")).as("no dot files").isEqualTo("~2Ehidden");
    assertThat(SitePaths.fileSafe("..")).isEqualTo("~2E.");
    assertThat(SitePaths.fileSafe("a/b")).as("no folders").isEqualTo("a~2Fb");
    assertThat(SitePaths.fileSafe("a b")).isEqualTo("a~20b");
    assertThat(SitePaths.fileSafe("α")).as("UTF-8 bytes").isEqualTo("~CE~B1");
    assertThat(SitePaths.fileSafe("x😀")).as("a supplementary character is one code point").isEqualTo("x~F0~9F~98~80");
    assertThat(SitePaths.fileSafe("~")).isEqualTo("~7E");
    assertThat(SitePaths.fileSafe("~28")).as("a ~ in a symbol is escaped, so names stay distinct")
        .isNotEqualTo(SitePaths.fileSafe("("));
  }

  @Test
  void gmtFilesAreOnePerOrganismHumanKeepingTheOldName() {
    assertThat(SitePaths.gmtFile("9606", "Homo sapiens")).isEqualTo("/data/pfocr.gmt");
    assertThat(SitePaths.gmtFile("10090", "Mus musculus")).isEqualTo("/data/pfocr-mus-musculus.gmt");
    assertThat(SitePaths.gmtFile("511145", "Escherichia coli str. K-12 substr. MG1655"))
        .isEqualTo("/data/pfocr-escherichia-coli-str-k-12-substr-mg1655.gmt");
  }

  @Test
  void fileSafeRenamesIndexAndWindowsDeviceNamesInAnyCase() {
    // Drosophila has the genes aux and con; a symbol named like the A–Z page would replace it.
    assertThat(SitePaths.fileSafe("aux")).isEqualTo("au~78");
    assertThat(SitePaths.fileSafe("con")).isEqualTo("co~6E");
    assertThat(SitePaths.fileSafe("NUL.1")).as("an extension does not help on Windows").isEqualTo("NU~4C.1");
    assertThat(SitePaths.fileSafe("COM1")).isEqualTo("COM~31");
    assertThat(SitePaths.fileSafe("Lpt9")).isEqualTo("Lpt~39");
    assertThat(SitePaths.fileSafe("INDEX")).isEqualTo("INDE~58");
    assertThat(SitePaths.fileSafe("index")).isEqualTo("inde~78");
    assertThat(SitePaths.geneKey("7227", "Drosophila melanogaster", "aux")).isEqualTo("drosophila-melanogaster/au~78");
    assertThat(SitePaths.fileSafe("CONT")).as("only the names themselves").isEqualTo("CONT");
    assertThat(SitePaths.fileSafe("COM10")).isEqualTo("COM10");
    assertThat(SitePaths.fileSafe("AUXA")).isEqualTo("AUXA");
    assertThat(SitePaths.fileSafe("TP53")).isEqualTo("TP53");
  }

  @Test
  void organismSlugsAndTermIdsAreNeverDeviceNames() {
    assertThat(SitePaths.slug("Aux")).isEqualTo("aux-organism");
    assertThat(SitePaths.geneOrganismDir("Con")).isEqualTo("con-organism");
    assertThat(SitePaths.slug("Aux virus")).isEqualTo("aux-virus");
    assertThat(SitePaths.termId("CON")).isEmpty();
    assertThat(SitePaths.termId("lpt1")).isEmpty();
    assertThat(SitePaths.termId("D001920")).contains("D001920");
  }
}
