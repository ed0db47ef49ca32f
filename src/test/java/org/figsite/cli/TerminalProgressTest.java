package org.figsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.figsite.pipeline.BuildProgress;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  /** Time moves only when the test says so; starts at an arbitrary value, as nanoTime may. */
  private long now = 42_000_000_000L;
  private final StringWriter out = new StringWriter();
  private final TerminalProgress bar = new TerminalProgress(new PrintWriter(out, true), () -> now);

  private void advance(long millis) {
    now += TimeUnit.MILLISECONDS.toNanos(millis);
  }

  /** Begins a stage of {@code total} steps and takes the first. */
  private void beginAndStep(String stage, int total) {
    bar.stage(stage, total);
    bar.step();
  }

  @Test
  void staysQuietWhenNotOnATerminal() {
    // Tests run without a console, as CI and piped output do.
    assertThat(TerminalProgress.forTerminal(new PrintWriter(new StringWriter()))).isSameAs(BuildProgress.NONE);
  }

  @Test
  void showsNothingInTheFirstSecond() {
    beginAndStep("records", 100);
    advance(999);
    beginAndStep("pages", 10);
    bar.done();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void showsCountRateAndTimeLeftOnceABuildTakesAWhileThenErasesItself() {
    beginAndStep("records", 100);
    advance(1100);
    bar.stage("records", 100);
    assertThat(out.toString()).isEqualTo("\r\u001b[2Kfigsite: records 0/100 (0%)");

    bar.step();
    assertThat(out.toString()).as("no redraw within 200 ms of the last").doesNotContain("records 1/100");
    advance(250);
    bar.step();
    // Two steps in the 0.25 s since the stage began: 8 a second, 98 left take 12 s.
    assertThat(out.toString()).endsWith("\r\u001b[2Kfigsite: records 2/100 (2%)  8/s  ETA 0:12");

    bar.done();
    assertThat(out.toString()).endsWith("\r\u001b[2K");
  }
}
