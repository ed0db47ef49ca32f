package org.figsite.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePartTest {
  @Test
  void classifiesEachKindOfFileByItsSitePath() {
    assertThat(SitePart.of("/figures/PMC1__a.html")).isEqualTo(SitePart.FIGURE_PAGES);
    assertThat(SitePart.of("/figures/PMC1__a.json")).isEqualTo(SitePart.FIGURE_DOWNLOADS);
    assertThat(SitePart.of("/figures/PMC1__a.genes.tsv")).isEqualTo(SitePart.FIGURE_DOWNLOADS);
    assertThat(SitePart.of("/figures/index.html")).isEqualTo(SitePart.LISTINGS);
    assertThat(SitePart.of("/figures/page/2.html")).isEqualTo(SitePart.LISTINGS);
    assertThat(SitePart.of("/genes/TP53.html")).isEqualTo(SitePart.GENE_PAGES);
    assertThat(SitePart.of("/genes/TP53/2.html")).isEqualTo(SitePart.GENE_PAGES);
    assertThat(SitePart.of("/genes/mus-musculus/Akt1.html")).isEqualTo(SitePart.GENE_PAGES);
    assertThat(SitePart.of("/genes/index.html")).isEqualTo(SitePart.LISTINGS);
    assertThat(SitePart.of("/genes/index/a.html")).isEqualTo(SitePart.LISTINGS);
    assertThat(SitePart.of("/organisms/homo-sapiens.html")).isEqualTo(SitePart.LISTINGS);
    assertThat(SitePart.of("/chemicals/D005227.html")).isEqualTo(SitePart.LISTINGS);
    assertThat(SitePart.of("/search.html")).isEqualTo(SitePart.SEARCH);
    assertThat(SitePart.of("/search/t/tp.json")).isEqualTo(SitePart.SEARCH);
    assertThat(SitePart.of("/data/pfocr.gmt")).isEqualTo(SitePart.DATA);
    assertThat(SitePart.of("/sitemap.xml")).isEqualTo(SitePart.SITEMAPS);
    assertThat(SitePart.of("/sitemaps/sitemap-1.xml")).isEqualTo(SitePart.SITEMAPS);
    assertThat(SitePart.of("/index.html")).isEqualTo(SitePart.OTHER);
    assertThat(SitePart.of("/assets/figsite.css")).isEqualTo(SitePart.OTHER);
  }
}
