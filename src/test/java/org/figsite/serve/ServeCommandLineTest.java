package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.figsite.cli.Main;
import org.junit.jupiter.api.Test;

/** The serve command's options, including those it shares with build. */
class ServeCommandLineTest {
  @Test
  void printsHelpWithServeAndBuildOptions() {
    StringWriter out = new StringWriter();
    int rc = Main.run(new String[] {"serve", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(rc).isZero();
    assertThat(out.toString())
        .contains("--port=PORT", "default: 4000", "--host=HOST", "default: 127.0.0.1")
        .contains("--content=DIR", "--templates=DIR", "--output=DIR", "--config=FILE", "--base-url=URL", "--threads=N")
        .contains("default: site-output", "default: figsite.yml")
        .contains("--max-connections=N", "default: 64", "within 10 s", "for 30 s", "421", "locked only while a rebuild runs");
  }

  @Test
  void refusesFewerThanTwoConnections() {
    StringWriter err = new StringWriter();
    int rc = Main.run(new String[] {"serve", "--max-connections", "1"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertThat(rc).isEqualTo(2);
    assertThat(err.toString()).contains("--max-connections must be at least 2, got 1");
  }

  @Test
  void keepsBuildOptionsAndDefaultsOnTheBuildCommand() {
    StringWriter out = new StringWriter();
    int rc = Main.run(new String[] {"build", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(rc).isZero();
    assertThat(out.toString())
        .contains("--content=DIR", "default: content", "--templates=DIR", "default: templates")
        .contains("--output=DIR", "default: site-output", "--config=FILE", "default: figsite.yml")
        .contains("--base-url=URL", "--threads=N")
        .doesNotContain("--port");
  }

}
