package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;

/** The serve command's options, including those it shares with build. */
class ServeCommandLineTest {
  /** What {@code figsite COMMAND --help} prints, after checking that it succeeds. */
  private static String help(String command) {
    TestSite.Run run = TestSite.run(command, "--help");
    assertThat(run.exitCode()).isZero();
    return run.out();
  }

  @Test
  void printsHelpWithServeAndBuildOptions() {
    assertThat(help("serve"))
        .contains("--port=PORT", "default: 4000", "--host=HOST", "default: 127.0.0.1")
        .contains("--content=DIR", "--templates=DIR", "--output=DIR", "--config=FILE", "--base-url=URL", "--threads=N")
        .contains("default: site-output", "default: figsite.yml")
        .contains("--max-connections=N", "default: 64", "within 10 s", "for 30 s", "421", "locked only while a rebuild runs");
  }

  @Test
  void refusesFewerThanTwoConnections() {
    TestSite.Run run = TestSite.run("serve", "--max-connections", "1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-connections must be at least 2, got 1");
  }

  @Test
  void keepsBuildOptionsAndDefaultsOnTheBuildCommand() {
    assertThat(help("build"))
        .contains("--content=DIR", "default: content", "--templates=DIR", "default: templates")
        .contains("--output=DIR", "default: site-output", "--config=FILE", "default: figsite.yml")
        .contains("--base-url=URL", "--threads=N")
        .doesNotContain("--port");
  }
}
