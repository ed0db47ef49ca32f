package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  @TempDir Path a;
  @TempDir Path b;

  @Test
  void buildingTwiceGivesByteIdenticalOutput() throws IOException {
    TestSite first = new TestSite(a).withSampleRecords();
    TestSite second = new TestSite(b).withSampleRecords();
    assertThat(first.build("--threads", "2").exitCode()).isEqualTo(Main.OK);
    TestSite.Run oneThread = second.build("--threads", "1", "--verbose");
    assertThat(oneThread.exitCode()).isEqualTo(Main.OK);
    // Every parallel step, the site-wide pages included, ran on the one worker thread.
    assertThat(oneThread.out()).contains("figsite: the work ran on 1 worker thread (--threads 1)");
    Map<String, String> one = first.outputSnapshot();
    Map<String, String> two = second.outputSnapshot();
    assertThat(one).hasSizeGreaterThan(100);
    assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
    one.forEach((k, v) -> assertThat(two.get(k)).as(k).isEqualTo(v));
  }

  @Test
  void rebuildingOverAnOldSiteReplacesItWhole() throws IOException {
    TestSite site = new TestSite(a).withSampleRecords();
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    Map<String, String> firstBuild = site.outputSnapshot();
    site.file("content/figures/PMC83992__mb0391401008.md", "");
    java.nio.file.Files.delete(site.path("content/figures/PMC83992__mb0391401008.md"));
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
    Map<String, String> second = site.outputSnapshot();
    assertThat(second).doesNotContainKey("figures/PMC83992__mb0391401008.html")
        .doesNotContainKey("figures/PMC83992__F8.html");
    assertThat(firstBuild).containsKey("figures/PMC83992__F8.html");
  }
}
