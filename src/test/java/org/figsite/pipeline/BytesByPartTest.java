package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.figsite.testing.TestSite;
import org.figsite.write.SitePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full build's bytes by part of the site add up to its bytes, with stubs and figure pages apart. */
class BytesByPartTest {
  @TempDir Path dir;

  @Test
  void countsEachPartOnceAndTellsStubsFromFigurePages() throws IOException {
    TestSite site = new TestSite(dir).withSampleRecords();
    BuildOptions opt = new BuildOptions(site.path("content"), "content", site.path("templates"), "templates",
        site.path("site-output"), "site-output", site.path("figsite.yml"), "figsite.yml", Optional.empty(), 2, false,
        false, false);
    BuildReport r = new SiteBuilder("test").build(opt);
    assertThat(r.published()).isTrue();
    long[] parts = r.bytesByPart();
    assertThat(Stream.of(SitePart.values()).mapToLong(p -> parts[p.ordinal()]).sum()).isEqualTo(r.bytes());
    assertThat(parts[SitePart.STUBS.ordinal()]).isPositive().isEqualTo(pages(site.path("site-output/figures"), true));
    assertThat(parts[SitePart.FIGURE_PAGES.ordinal()]).isEqualTo(pages(site.path("site-output/figures"), false));
    assertThat(parts[SitePart.GENE_PAGES.ordinal()]).isPositive();
    assertThat(parts[SitePart.FIGURE_DOWNLOADS.ordinal()]).isPositive();
  }

  /** Bytes of the pages directly in the figures folder (not its index) that are, or are not, stubs. */
  private static long pages(Path figures, boolean stubs) throws IOException {
    long n = 0;
    try (Stream<Path> s = Files.list(figures)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".html") && !name.equals("index.html")
            && Files.readString(p).contains("http-equiv=\"refresh\"") == stubs) {
          n += Files.size(p);
        }
      }
    }
    return n;
  }
}
