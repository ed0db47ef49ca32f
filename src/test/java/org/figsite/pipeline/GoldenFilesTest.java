package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed record's page and its stub, compared byte for byte with reviewed copies. After an
 * intended change to the templates, regenerate them with {@code -Dfigsite.updateGolden=true} and
 * review the diff.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() throws IOException {
    site = new TestSite(dir).withSampleRecords();
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"figures/PMC8023395__nihms-1688996-f0002.html", "figures/PMC8023395__F2.html"})
  void matchesGoldenCopy(String file) throws IOException {
    byte[] actual = Files.readAllBytes(site.path("site-output/" + file));
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("figsite.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
    }
    assertThat(new String(actual, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(golden));
  }
}
