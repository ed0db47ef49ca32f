package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.figsite.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --base-url} replaces url and baseurl, so a site may be built without figsite.yml. */
class BaseUrlWithoutConfigTest {
  private static final String RECORD = "content/figures/PMC8023395__nihms-1688996-f0002.md";

  @TempDir Path tmp;

  private BuildReport build(Optional<String> baseUrl) {
    return new SiteBuilder("test", BuildProgress.NONE).build(new BuildOptions(
        tmp.resolve("content"), "content", tmp.resolve("templates"), "templates", tmp.resolve("out"), "out",
        tmp.resolve(SiteConfig.DEFAULT_FILE), SiteConfig.DEFAULT_FILE, baseUrl, 1, false, false, false));
  }

  @Test
  void buildsWithTheDefaultsAndTheBaseUrl() throws IOException {
    Files.createDirectories(tmp.resolve("content/figures"));
    Files.copy(Path.of(RECORD), tmp.resolve(RECORD));
    BuildReport r = build(Optional.of("https://example.org/pfocr"));
    assertThat(r.problems().sorted()).isEmpty();
    assertThat(r.published()).isTrue();
    assertThat(Files.readString(tmp.resolve("out/sitemap.xml"))).contains("<loc>https://example.org/pfocr/");
    assertThat(Files.readString(tmp.resolve("out/index.html"))).contains("<title>figsite");

    BuildReport without = build(Optional.empty());
    assertThat(without.published()).isFalse();
    assertThat(without.problems().sorted()).extracting(p -> p.headline())
        .containsExactly("figsite.yml: error: configuration file not found");
  }
}
