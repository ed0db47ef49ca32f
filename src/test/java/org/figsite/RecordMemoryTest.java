package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that does not fit in the JVM's memory is an error at that record, not an anonymous
 * "a worker failed". Runs figsite in a JVM of its own with a small heap.
 */
class RecordMemoryTest {
  @TempDir Path tmp;

  @Test
  void runningOutOfMemoryNamesTheRecord() throws IOException, InterruptedException {
    TestSite site = new TestSite(tmp).withConfig();
    site.file("figsite.yml", TestSite.CONFIG + "max_record_bytes: 100000000\n");
    site.file("content/figures/PMC9__base.md", TestSite.BASE_RECORD);
    StringBuilder sb = new StringBuilder("---\nfigid: PMC1__huge\npmcid: PMC1\nfilename: f.jpg\ngenes:\n");
    for (int i = 0; sb.length() < 24_000_000; i++) {
      sb.append("- word: W").append(i).append("\n  symbol: G").append(i).append("\n  hgnc_symbol: G").append(i)
          .append("\n  entrez: '").append(i + 1).append("'\n");
    }
    site.file("content/figures/PMC1__huge.md", sb.append("---\n").toString());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
        "org.figsite.cli.Main", "build", "--content", site.content().toString(), "--output", site.output().toString(),
        "--config", site.config().toString(), "--threads", "1"))
        .redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String log = FileTrees.read(tmp.resolve("log")).replace(site.content().toString(), "content");
    assertThat(log).contains("content/figures/PMC1__huge.md: error: ran out of memory reading or rendering this record");
    assertThat(p.exitValue()).as(log).isEqualTo(1);
    assertThat(site.output()).doesNotExist();
  }
}
