package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureDownloadsTest {
  @Test
  void tabsAndLineBreaksInCellsBecomeSpaces() {
    assertThat(FigureDownloads.cell("a\tb\nc\r\nd")).isEqualTo("a b c  d");
    assertThat(FigureDownloads.cell("АКТ")).isEqualTo("АКТ");
  }
}
