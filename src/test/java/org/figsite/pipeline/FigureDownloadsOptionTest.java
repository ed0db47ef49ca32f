package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code figure_downloads}: each figure's JSON and TSV beside its page, or neither file nor link. */
class FigureDownloadsOptionTest {
  @TempDir Path dir;

  private static final String RECORD = "---\nfigid: PMC1__a\nfigtitle: A figure\npmcid: PMC1\nfilename: f1.jpg\n"
      + "genes:\n- word: TP53\n  symbol: TP53\n  source: bioentities_symbol\n  hgnc_symbol: TP53\n  entrez: '7157'\n---\n";

  @Test
  void writesAndLinksBothDownloadsByDefault() throws IOException {
    TestSite site = new TestSite(dir).withConfig().file("content/figures/a.md", RECORD);
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    assertThat(site.path("site-output/figures/PMC1__a.json")).exists();
    assertThat(site.read("site-output/figures/PMC1__a.genes.tsv")).isEqualTo("organism_id\torganism_name\tword\tsymbol\tncbigene_id\n9606\tHomo sapiens\tTP53\tTP53\t7157\n");
    assertThat(site.read("site-output/figures/PMC1__a.html"))
        .contains("href=\"/figures/PMC1__a.json\"", "href=\"/figures/PMC1__a.genes.tsv\"");
  }

  @Test
  void jsonIsTheFrontMatterWithoutSchemaJsonLdWhichThePageCarries() throws IOException {
    String record = RECORD.replace("---\n", "").replace("genes:", "schema-jsonld:\n  '@type': Dataset\n  name: X\n"
        + "pathway_score: 0.5\ngenes:");
    TestSite site = new TestSite(dir).withConfig()
        .file("content/figures/a.md", "---\n" + record + "---\n");
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    assertThat(site.read("site-output/figures/PMC1__a.json")).isEqualTo("{\"figid\":\"PMC1__a\",\"figtitle\":\"A figure\","
        + "\"pmcid\":\"PMC1\",\"filename\":\"f1.jpg\",\"pathway_score\":0.5,\"genes\":[{\"word\":\"TP53\","
        + "\"symbol\":\"TP53\",\"source\":\"bioentities_symbol\",\"hgnc_symbol\":\"TP53\",\"entrez\":\"7157\"}]}\n");
    assertThat(site.read("site-output/figures/PMC1__a.html")).contains("application/ld+json", "\"name\":\"X\"");
  }

  @Test
  void leavesOutFilesAndLinksWhenOff() throws IOException {
    TestSite site = new TestSite(dir).file("figsite.yml", TestSite.CONFIG + "figure_downloads: false\n")
        .file("content/figures/a.md", RECORD);
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    assertThat(site.path("site-output/figures/PMC1__a.html")).exists();
    assertThat(site.path("site-output/figures/PMC1__a.json")).doesNotExist();
    assertThat(site.path("site-output/figures/PMC1__a.genes.tsv")).doesNotExist();
    assertThat(site.read("site-output/figures/PMC1__a.html")).doesNotContain(".json").doesNotContain(".genes.tsv")
        .doesNotContain(">Download<");
    // The site-wide downloads do not depend on the option.
    assertThat(site.path("site-output/data/pfocr.gmt")).exists();
  }

  @Test
  void turningThemOffLaterRemovesThePreviousFiles() throws IOException {
    TestSite site = new TestSite(dir).withConfig().file("content/figures/a.md", RECORD);
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    site.file("figsite.yml", TestSite.CONFIG + "figure_downloads: false\n");
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    assertThat(site.path("site-output/figures/PMC1__a.json")).doesNotExist();
    assertThat(site.path("site-output/figures/PMC1__a.genes.tsv")).doesNotExist();
  }
}
