package org.figsite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
  @Test
  void splitsYamlFromBody() throws Exception {
    FrontMatter fm = FrontMatterSplitter.split(new SourceText("a.md", "---\nx: 1\n---\nbody *md*\n"), true);
    assertThat(fm.yaml()).isEqualTo("x: 1\n");
    assertThat(fm.yamlFirstLine()).isEqualTo(2);
    assertThat(fm.body()).isEqualTo("body *md*\n");
  }

  @Test
  void acceptsCrlfAndAByteOrderMark() throws Exception {
    byte[] bytes = "\uFEFF---\r\nx: 1\r\n---\r\n".getBytes(StandardCharsets.UTF_8);
    FrontMatter fm = FrontMatterSplitter.split(SourceDecoder.decode("a.md", bytes), true);
    assertThat(fm.yaml()).isEqualTo("x: 1\r\n");
  }

  @Test
  void reportsUnterminatedFrontMatter() {
    assertThatThrownBy(() -> FrontMatterSplitter.split(new SourceText("a.md", "---\nx: 1\n"), true))
        .hasMessage("a.md:1:1: error: unterminated front matter");
  }

  @Test
  void reportsInvalidUtf8AtItsLineAndColumn() {
    byte[] bytes = {'-', '-', '-', '\n', 'x', ':', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '\n'};
    assertThatThrownBy(() -> SourceDecoder.decode("a.md", bytes))
        .hasMessage("a.md:2:5: error: invalid UTF-8 byte 0xFF");
  }
}
