package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged build cache is no cache: flipped or zeroed bytes in either of its files give a full
 * build (with a one-line note) whose output is exactly a clean build's, never a wrong page or a
 * build that keeps failing.
 */
class CacheIntegrityTest {
  static final int RECORDS = 24;

  @TempDir Path tmp;

  private static void writeRecords(TestSite site, String title0) {
    for (int n = 0; n < RECORDS; n++) {
      String figid = String.format("PMC%d__f%02d", 100 + n, n);
      site.file("content/figures/" + figid + ".md", "---\nfigid: " + figid + "\npmcid: PMC" + (100 + n)
          + "\nfilename: f.jpg\nfigtitle: " + (n == 0 ? title0 : "Figure " + n) + "\norganisms: [Homo sapiens, Mus musculus]"
          + "\ngenes:\n- word: G" + n + "\n  symbol: G" + n + "\n  hgnc_symbol: G" + n + "\n  entrez: '" + (1000 + n)
          + "'\n---\n");
    }
  }

  private Map<String, String> clean;

  private Map<String, String> cleanBuild(String title0) {
    if (clean == null) clean = cleanBuildOnce(title0);
    return clean;
  }

  private Map<String, String> cleanBuildOnce(String title0) {
    TestSite clean = new TestSite(tmp.resolve("clean-" + title0.hashCode())).withConfig();
    writeRecords(clean, title0);
    clean.buildOk("--no-cache");
    return clean.outputSnapshot();
  }

  /** Builds, damages a cache file with {@code damage}, changes one title and builds again. */
  private void check(String name, String cacheFile, java.util.function.Consumer<byte[]> damage) throws IOException {
    TestSite site = new TestSite(Files.createDirectories(tmp.resolve(name))).withConfig();
    writeRecords(site, "First title");
    assertThat(site.build().exitCode()).isZero();
    Path file = site.root().resolve(cacheFile);
    byte[] bytes = Files.readAllBytes(file);
    damage.accept(bytes);
    Files.write(file, bytes);
    writeRecords(site, "Second title");

    TestSite.Run r = site.buildOk();
    assertThat(r.headlines()).as(name).hasSize(1);
    assertThat(r.headlines().get(0)).startsWith("site-output: warning: the build cache beside this folder is damaged (")
        .endsWith("): building everything");
    assertThat(r.out()).doesNotContain("incremental");
    assertThat(site.outputSnapshot()).as(name).isEqualTo(cleanBuild("Second title"));

    TestSite.Run again = site.buildOk();
    assertThat(again.err()).doesNotContain("warning");
  }

  @Test
  void threeFlippedBytesInTheSummariesGiveAFullBuildForEverySeed() throws IOException {
    for (int seed = 0; seed < 8; seed++) {
      Random r = new Random(seed);
      check("summaries-" + seed, ".site-output.figsite-cache.summaries-0", b -> {
        for (int i = 0; i < 3; i++) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
      });
    }
  }

  @Test
  void aZeroedQuarterOfTheSummariesGivesAFullBuild() throws IOException {
    check("zeroed", ".site-output.figsite-cache.summaries-0", b -> java.util.Arrays.fill(b, b.length / 2, b.length / 2 + b.length / 4, (byte) 0));
  }

  @Test
  void aFlippedByteInTheCacheFileGivesAFullBuild() throws IOException {
    for (int seed = 0; seed < 4; seed++) {
      Random r = new Random(seed);
      check("stamps-" + seed, ".site-output.figsite-cache", b -> b[8 + r.nextInt(b.length - 8)] ^= (byte) (1 + r.nextInt(255)));
    }
  }
}
