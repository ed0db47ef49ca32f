package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thumbnails}: figure cards with an image box filled by thumbs.js, or plain cards. */
class ThumbnailsOptionTest {
  @TempDir Path dir;

  private static final String GENES =
      "genes:\n- word: TP53\n  symbol: TP53\n  source: bioentities_symbol\n  hgnc_symbol: TP53\n  entrez: '7157'\n";
  /** The image at the place its figid names. */
  private static final String USUAL = "---\nfigid: PMC1__a\nfigtitle: Usual\npmcid: PMC1\nfilename: a.jpg\n" + GENES + "---\n";
  /** A PNG: the card names its image. */
  private static final String PNG = "---\nfigid: PMC2__b\nfigtitle: Png\npmcid: PMC2\nfilename: b.png\n" + GENES + "---\n";

  @Test
  void cardsGetAThumbnailBoxAndOnlyUnusualImagesAreNamed() throws IOException {
    TestSite site = new TestSite(dir).withConfig()
        .file("content/figures/a.md", USUAL).file("content/figures/b.md", PNG);
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    for (String page : new String[] {"genes/TP53.html", "figures/index.html", "index.html"}) {
      String html = site.read("site-output/" + page);
      assertThat(html).as(page).contains("<script src=\"/assets/thumbs.js\" defer></script>")
          .containsPattern("<[ou]l class=\"cards th\">")
          .contains("<li><a href=\"/figures/PMC1__a.html\">Usual</a>")
          .contains("<li data-i=\"PMC2/bin/b.png\"><a href=\"/figures/PMC2__b.html\">Png</a>")
          .doesNotContain("<img");
    }
    assertThat(site.read("site-output/search.html")).contains("/assets/thumbs.js").contains("class=\"cards results th\"");
    assertThat(site.path("site-output/assets/thumbs.js")).exists();
  }

  @Test
  void plainCardsWhenOff() throws IOException {
    TestSite site = new TestSite(dir).file("figsite.yml", TestSite.CONFIG + "thumbnails: false\n")
        .file("content/figures/a.md", USUAL).file("content/figures/b.md", PNG);
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    for (String page : new String[] {"genes/TP53.html", "figures/index.html", "index.html", "search.html"}) {
      assertThat(site.read("site-output/" + page)).as(page).doesNotContain("thumbs.js").doesNotContain(" th\"")
          .doesNotContain("data-i=");
    }
    assertThat(site.read("site-output/search/meta/0.json")).doesNotContain("b.png");
  }
}
