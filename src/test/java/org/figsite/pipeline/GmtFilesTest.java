package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.figsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gene-set downloads under /data/: one GMT file per organism, each line one figure's gene set
 * in that organism (figid, the figure page's absolute URL as the description, then its distinct
 * NCBI Gene ids), and the home page linking every file.
 */
class GmtFilesTest {
  /** Old layout, human only: EGFR twice (one id), TP53. */
  private static final String HUMAN = """
      ---
      figid: PMC1__human
      pmcid: PMC1
      filename: a.jpg
      figtitle: Human figure
      genes:
      - word: EGFR
        symbol: EGFR
        hgnc_symbol: EGFR
        entrez: '1956'
      - word: HER1
        symbol: EGFR
        hgnc_symbol: EGFR
        entrez: '1956'
      - word: p53
        symbol: TP53
        hgnc_symbol: TP53
        entrez: '7157'
      ---
      """;
  private static final String NO_GENES = "---\nfigid: PMC2__nogenes\npmcid: PMC2\nfilename: b.jpg\nfigtitle: No genes\n---\n";
  /** Current layout: genes of two organisms, and a third whose name slugs like the mouse's. */
  private static final String MIXED = """
      ---
      figid: PMC3__mixed
      pmcid: PMC3
      filename: c.jpg
      figtitle: Mixed figure
      organisms: [Homo sapiens, Mus musculus]
      ---
      """;
  private static final String MIXED_GENES = "organism_id\torganism_name\torganism_group\tword\tmatch"
      + "\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n"
      + "10090\tMus musculus\tRodents\tAkt\tAkt\tAkt1\t11651\tncbigene_symbol\t1\tNA\t1\n"
      + "9606\tHomo sapiens\tPrimates\tAKT\tAKT\tAKT1\t207\tncbigene_symbol\t1\tNA\t1\n"
      + "10090\tMus musculus\tRodents\tTrp53\tTrp53\tTrp53\t22059\tncbigene_symbol\t1\tNA\t1\n"
      + "99999\tMus-musculus\tRodents\tFoo\tFoo\tFoo1\t99\tncbigene_symbol\t1\tNA\t1\n";

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    site = new TestSite(dir).file("figsite.yml", TestSite.CONFIG + "baseurl: /pfocr\n")
        .file("content/figures/PMC1__human.md", HUMAN)
        .file("content/figures/PMC2__nogenes.md", NO_GENES)
        .file("content/figures/PMC3__mixed.md", MIXED)
        .file("content/data/PMC3__mixed-genes.tsv", MIXED_GENES);
    site.buildOk();
  }

  @Test
  void humanFileHasOneLinePerFigureWithItsUrlAndDistinctIds() {
    assertThat(site.read("site-output/data/pfocr.gmt")).isEqualTo(
        "PMC1__human\thttps://example.org/pfocr/figures/PMC1__human.html\t1956\t7157\n"
            + "PMC3__mixed\thttps://example.org/pfocr/figures/PMC3__mixed.html\t207\n");
  }

  @Test
  void eachOtherOrganismHasItsOwnFileAndSameSlugsAreToldApartByTaxon() {
    assertThat(site.read("site-output/data/pfocr-mus-musculus.gmt"))
        .isEqualTo("PMC3__mixed\thttps://example.org/pfocr/figures/PMC3__mixed.html\t11651\t22059\n");
    assertThat(site.read("site-output/data/pfocr-mus-musculus-99999.gmt"))
        .isEqualTo("PMC3__mixed\thttps://example.org/pfocr/figures/PMC3__mixed.html\t99\n");
  }

  @Test
  void homePageLinksEveryGmtFileByOrganism() throws IOException {
    Document home = Jsoup.parse(site.read("site-output/index.html"));
    assertThat(home.select("a[href$=.gmt]").eachAttr("href")).containsExactly(
        "/pfocr/data/pfocr.gmt", "/pfocr/data/pfocr-mus-musculus.gmt", "/pfocr/data/pfocr-mus-musculus-99999.gmt");
    assertThat(home.select("a[href$=.gmt]").eachText()).containsExactly(
        "Homo sapiens gene sets (GMT)", "Mus musculus gene sets (GMT)", "Mus-musculus gene sets (GMT)");
    try (Stream<Path> s = Files.list(site.path("site-output/data"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gmt")))
          .as("no GMT file the home page does not link")
          .containsExactlyInAnyOrder("pfocr.gmt", "pfocr-mus-musculus.gmt", "pfocr-mus-musculus-99999.gmt");
    }
  }
}
