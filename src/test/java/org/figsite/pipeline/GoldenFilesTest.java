package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed record's page and its stub, compared byte for byte with reviewed copies. After an
 * intended change to the templates, regenerate them with {@code -Dfigsite.updateGolden=true} and
 * review the diff. That run writes the files and then fails on purpose: a test that rewrote its
 * own expectation has compared nothing, so a build with the flag set (in CI, say) cannot pass.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String UPDATE_FLAG = "figsite.updateGolden";
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    site = new TestSite(dir).withSampleRecords();
    assertThat(site.build().exitCode()).isEqualTo(Main.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"figures/PMC8023395__nihms-1688996-f0002.html", "figures/PMC8023395__F2.html"})
  void matchesGoldenCopy(String file) throws IOException {
    byte[] actual = Files.readAllBytes(site.path("site-output/" + file));
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean(UPDATE_FLAG)) refreshAndFail(golden, actual);
    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(Files.readString(golden));
  }

  private static void refreshAndFail(Path golden, byte[] actual) throws IOException {
    boolean changed = !Files.exists(golden) || !Arrays.equals(Files.readAllBytes(golden), actual);
    if (changed) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
    }
    fail("-D" + UPDATE_FLAG + " is set, so nothing was compared: " + golden
        + (changed ? " was refreshed; review it with git diff" : " was already up to date")
        + ", then run the test again without the flag");
  }
}
