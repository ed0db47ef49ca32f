package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build in a JVM with C1 only ({@link BuildOptions#quickJit()}) does incremental rebuilds and
 * hands every full build on, before it has written or deleted anything.
 */
class QuickJitBuildTest {
  static final String SEED = IncrementalBuildTest.SEED;
  @TempDir Path dir;
  TestSite site;

  @BeforeEach
  void sampleSite() throws IOException {
    site = new TestSite(dir).withSampleRecords();
  }

  private BuildReport build(Optional<String> baseUrl, boolean useCache, boolean quickJit) {
    BuildOptions opt = new BuildOptions(site.path("content"), "content", site.path("templates"), "templates",
        site.path("site-output"), "site-output", site.path("figsite.yml"), "figsite.yml", baseUrl, 2, useCache, false,
        quickJit);
    return new SiteBuilder("test").build(opt);
  }

  private BuildReport quickBuild(Optional<String> baseUrl, boolean useCache) {
    return build(baseUrl, useCache, true);
  }

  private void fullBuild() {
    BuildReport r = build(Optional.empty(), true, false);
    assertThat(r.published()).as("problems: %s", r.problems().sorted()).isTrue();
    assertThat(r.incremental()).isFalse();
  }

  @Test
  void withoutACacheItHandsOnAtOnceAndWritesNothing() {
    BuildReport r = quickBuild(Optional.empty(), true);
    assertThat(r.wantsFullJit()).isTrue();
    assertThat(r.published()).isFalse();
    assertThat(r.problems().hasErrors()).isFalse();
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "figsite.yml");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void withNoCacheOptionItHandsOnEvenWhenACacheExists() throws IOException {
    fullBuild();
    Map<String, String> before = site.outputSnapshot();
    assertThat(quickBuild(Optional.empty(), false).wantsFullJit()).isTrue();
    assertThat(site.outputSnapshot()).containsOnlyKeys(before.keySet());
  }

  @Test
  void aCaptionEditIsRebuiltInPlace() throws IOException {
    fullBuild();
    site.file(SEED, site.read(SEED).replace("caption: One of the foremost", "caption: Quick. One of the foremost"));
    BuildReport r = quickBuild(Optional.empty(), true);
    assertThat(r.wantsFullJit()).isFalse();
    assertThat(r.published()).isTrue();
    assertThat(r.incremental()).isTrue();
    assertThat(site.read("site-output/figures/PMC8023395__nihms-1688996-f0002.html"))
        .contains("Quick. One of the foremost");
  }

  @Test
  void changedSettingsHandOnAndLeaveSiteAndCacheAsTheyWere() throws IOException {
    fullBuild();
    Path cache = dir.resolve(".site-output.figsite-cache");
    byte[] cacheBefore = Files.readAllBytes(cache);
    Map<String, String> before = site.outputSnapshot();
    BuildReport r = quickBuild(Optional.of("https://elsewhere.example/sub"), true);
    assertThat(r.wantsFullJit()).isTrue();
    assertThat(Files.readAllBytes(cache)).isEqualTo(cacheBefore);
    Map<String, String> after = site.outputSnapshot();
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
  }
}
