package org.figsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.figsite.testing.TestSite;
import org.figsite.write.SitePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizesTest {
  private static long[] parts(long figurePages, long genePages, long downloads, long stubs) {
    long[] p = new long[SitePart.values().length];
    p[SitePart.FIGURE_PAGES.ordinal()] = figurePages;
    p[SitePart.GENE_PAGES.ordinal()] = genePages;
    p[SitePart.FIGURE_DOWNLOADS.ordinal()] = downloads;
    p[SitePart.STUBS.ordinal()] = stubs;
    return p;
  }

  @Test
  void saysNothingUpTo800MegabytesThenProjectsAndNamesTheThreeLargestParts() {
    assertThat(Sizes.projection(800_000_000L, 100_000, parts(800_000_000L, 0, 0, 0))).isEmpty();
    assertThat(Sizes.projection(850_000_000L, 100_000, parts(500_000_000L, 200_000_000L, 100_000_000L, 50_000_000L)))
        .contains("figsite: the site is 0.85 GB, 8,500 bytes per figure: at that rate 200,000 figures would be 1.70 GB, "
            + "and 1 GB holds about 117,647 figures; largest: figure pages 0.50 GB (59%), gene pages 0.20 GB (24%), "
            + "per-figure downloads 0.10 GB (12%)");
  }

  @Test
  void projectsWithoutPartsWhenTheyWereNotCounted() {
    assertThat(Sizes.projection(2_000_000_000L, 100_000, new long[0]))
        .contains("figsite: the site is 2.00 GB, 20,000 bytes per figure: at that rate 200,000 figures would be 4.00 GB, "
            + "and 1 GB holds about 50,000 figures");
  }

  @Test
  void warnsOnlyPastGitHubPagesOneGigabyteLimit() {
    assertThat(Sizes.pagesLimitWarning(0)).isEmpty();
    assertThat(Sizes.pagesLimitWarning(999_999_999L)).isEmpty();
    assertThat(Sizes.pagesLimitWarning(1_000_000_000L)).as("at the limit itself").isEmpty();
    assertThat(Sizes.pagesLimitWarning(1_000_000_001L))
        .contains("figsite: warning: the site is 953.7 MiB, over GitHub Pages' 1 GB limit for published sites");
    assertThat(Sizes.pagesLimitWarning(3L << 30))
        .contains("figsite: warning: the site is 3.00 GiB, over GitHub Pages' 1 GB limit for published sites");
  }

  @Test
  void aSmallBuildPrintsNoSizeWarning(@TempDir Path dir) {
    TestSite.Run run = new TestSite(dir).withSampleRecords().build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("1 GB");
  }
}
