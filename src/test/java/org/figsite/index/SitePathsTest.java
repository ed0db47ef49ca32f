package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {
  /** Organism names as folder names: lower-case ASCII with dashes, never a Windows device name. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Homo sapiens                        | homo-sapiens
      '  Escherichia coli K-12 (strain)'  | escherichia-coli-k-12-strain
      Saccharomyces cerevisiæ Ñandú       | saccharomyces-cerevisi-nandu
      Синий                               | unnamed
      Aux                                 | aux-organism
      Aux virus                           | aux-virus
      """)
  void slugsAreLowerCaseAsciiWithDashes(String name, String slug) {
    assertThat(SitePaths.slug(name)).isEqualTo(slug);
  }

  /** Chemical and disease identifiers as file names; '' in the second column: no page. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      D010168       | D010168
      ' d010168 '   | D010168
      CHEBI:15377   | CHEBI_15377
      ''            | ''
      ../etc        | ''
      index         | ''
      CON           | ''
      lpt1          | ''
      D001920       | D001920
      """)
  void termIdsMustBeSafeFileNames(String identifier, String id) {
    assertThat(SitePaths.termId(identifier)).isEqualTo(id.isEmpty() ? Optional.empty() : Optional.of(id));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"tp53, t", "Ébola, e", "5-HT, 0-9", "αβ, other"})
  void namesFallUnderTheirLetter(String name, String letter) {
    assertThat(SitePaths.letterOf(name)).isEqualTo(letter);
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
    assertThat(SitePaths.geneKey("7227", "Drosophila melanogaster", "aux")).isEqualTo("drosophila-melanogaster/au~78");
    assertThat(SitePaths.geneKey("1", "Index", "x")).as("never the A–Z folder").isEqualTo("index-organism/x");
    assertThat(SitePaths.genePage(SitePaths.geneKey("10090", "Mus musculus", "Akt1"), 1))
        .isEqualTo("/genes/mus-musculus/Akt1.html");
    assertThat(SitePaths.genePage(SitePaths.geneKey("10090", "Mus musculus", "Akt1"), 2))
        .isEqualTo("/genes/mus-musculus/Akt1/2.html");
  }

  /**
   * Gene symbols as file names: plain ones kept; the rest hex-escaped a UTF-8 byte at a time (no
   * dot files, no folders); the A–Z page's name and Windows device names renamed in any letter
   * case, since Drosophila has the genes aux and con and an extension does not help on Windows.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      AKT1           | AKT1
      B-H2           | B-H2
      HLA-DRB1@_x.2  | HLA-DRB1@_x.2
      TP53           | TP53
      CONT           | CONT
      COM10          | COM10
      AUXA           | AUXA
      Su(H)          | Su~28H~29
      E(spl)m3-HLH   | E~28spl~29m3-HLH
      .hidden        | ~2Ehidden
      ..             | ~2E.
      a/b            | a~2Fb
      a b            | a~20b
      α              | ~CE~B1
      x😀             | x~F0~9F~98~80
      ~              | ~7E
      aux            | au~78
      con            | co~6E
      NUL.1          | NU~4C.1
      COM1           | COM~31
      Lpt9           | Lpt~39
      INDEX          | INDE~58
      index          | inde~78
      """)
  void fileSafeKeepsPlainSymbolsAndEscapesTheRest(String symbol, String fileName) {
    assertThat(SitePaths.fileSafe(symbol)).isEqualTo(fileName);
  }

  @Test
  void fileSafeEscapesATildeSoNamesStayDistinct() {
    assertThat(SitePaths.fileSafe("~28")).isNotEqualTo(SitePaths.fileSafe("("));
  }

  @Test
  void gmtFilesAreOnePerOrganismHumanKeepingTheOldName() {
    assertThat(SitePaths.gmtFile("9606", "Homo sapiens")).isEqualTo("/data/pfocr.gmt");
    assertThat(SitePaths.gmtFile("10090", "Mus musculus")).isEqualTo("/data/pfocr-mus-musculus.gmt");
    assertThat(SitePaths.gmtFile("511145", "Escherichia coli str. K-12 substr. MG1655"))
        .isEqualTo("/data/pfocr-escherichia-coli-str-k-12-substr-mg1655.gmt");
  }

  @Test
  void organismFoldersAreNeverDeviceNames() {
    assertThat(SitePaths.geneOrganismDir("Con")).isEqualTo("con-organism");
  }
}
