package org.figsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.figsite.testing.TestSite;
import org.figsite.testing.TestSite.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code figsite build} prints and accepts, beyond building. */
class BuildCommandTest {
  private static final String RECORD = "content/figures/PMC8023395__nihms-1688996-f0002.md";

  @TempDir Path tmp;
  TestSite site;

  @BeforeEach
  void oneRecord() throws IOException {
    site = new TestSite(tmp).withConfig().bytes(RECORD, Files.readAllBytes(Path.of(RECORD)));
  }

  @Test
  void countsInTheSummaryAgreeWithTheirNouns() {
    Run r = site.buildOk();
    assertThat(r.out()).startsWith("figsite: 1 record (figsite layout) -> 1 figure page, 1 redirect stub, ").contains(" 1 sitemap file; ");
    assertThat(BuildCommand.count(2, "record")).isEqualTo("2 records");
    assertThat(BuildCommand.count(1_000, "gene page")).isEqualTo("1,000 gene pages");
  }

  @Test
  void threadsBelowOneAreAUsageError() {
    Run r = site.build("--threads", "-3");
    assertThat(r.exitCode()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("--threads must be at least 1, got -3");
    assertThat(tmp.resolve("site-output")).doesNotExist();
    Run check = TestSite.run("check", "--site", tmp.resolve("site-output").toString(), "--threads", "0");
    assertThat(check.exitCode()).isEqualTo(Main.USAGE);
    assertThat(check.err()).startsWith("--threads must be at least 1, got 0");
  }

  @Test
  void quietPrintsOnlyProblems() throws IOException {
    Run ok = site.build("--quiet");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).isEmpty();
    assertThat(ok.err()).isEmpty();
    site.file("content/figures/PMC1__bad.md", "---\nfigid: PMC1__bad\nfigtitle:no space\n---\n");
    Run bad = site.build("-q");
    assertThat(bad.exitCode()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.headlines()).containsExactly(
        "content/figures/PMC1__bad.md:3:9: error: invalid YAML: a key needs a space after ':'");
    assertThat(bad.err()).contains("figsite: build failed with 1 error; ");
  }

  @Test
  void anExplicitConfigurationFileMustExistEvenWithABaseUrl() {
    Run r = TestSite.run("build", "--content", tmp.resolve("content").toString(),
        "--output", tmp.resolve("site-output").toString(), "--config", tmp.resolve("nope.yml").toString(),
        "--base-url", "https://example.org/x");
    assertThat(r.exitCode()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(r.err()).contains("configuration file not found");
  }

  /**
   * Each paragraph of each command's help is written whole, so the help wraps it at word
   * boundaries instead of cutting sentences where the source lines ended.
   */
  @Test
  void helpParagraphsAreWholeSentences() {
    CommandLine cl = new CommandLine(new Main());
    for (CommandLine sub : cl.getSubcommands().values()) {
      for (String paragraph : sub.getCommandSpec().usageMessage().description()) {
        assertThat(paragraph).as(sub.getCommandName() + " help").matches("(?s)(%n)?[A-Z].*[.:)](%n)?");
      }
      String help = sub.getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertThat(help).as(sub.getCommandName() + " help").doesNotContain("example.\n");
    }
  }
}
