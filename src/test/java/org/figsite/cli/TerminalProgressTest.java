package org.figsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.figsite.pipeline.BuildProgress;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void staysQuietWhenNotOnATerminal() {
    // Tests run without a console, as CI and piped output do.
    assertThat(TerminalProgress.forTerminal(new PrintWriter(new StringWriter()))).isSameAs(BuildProgress.NONE);
  }

  @Test
  void showsCountRateAndTimeLeftOnceABuildTakesAWhileThenErasesItself() throws InterruptedException {
    StringWriter out = new StringWriter();
    TerminalProgress bar = new TerminalProgress(new PrintWriter(out, true));
    bar.stage("records", 100);
    bar.step();
    assertThat(out.toString()).as("nothing in the first second").isEmpty();
    Thread.sleep(1100);
    for (int i = 0; i < 49; i++) bar.step();
    bar.stage("records", 100);
    String shown = out.toString();
    assertThat(shown).contains("figsite: records 0/100 (0%)");
    bar.step();
    Thread.sleep(250);
    bar.step();
    assertThat(out.toString()).contains("records 2/100 (2%)").contains("/s  ETA ");
    bar.done();
    assertThat(out.toString()).endsWith("\r\u001b[2K");
  }
}
