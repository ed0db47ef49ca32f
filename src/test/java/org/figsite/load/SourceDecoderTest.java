package org.figsite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {
  private static String decode(byte[] b) throws Exception {
    return SourceDecoder.decode("a.md", b).text();
  }

  @Test
  void decodesAsciiAndUtf8AndDropsAByteOrderMark() throws Exception {
    assertThat(decode("title: x\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("title: x\n");
    String text = "word: TМEM147 PPARγ ’ \uD83E\uDDEC\n";
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(decode(bom)).isEqualTo(text);
  }

  @Test
  void keepsARealReplacementCharacter() throws Exception {
    String text = "caption: broken glyph \uFFFD here\n";
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void reportsBadBytesAtTheirLineAndColumn() {
    byte[] b = "title: ok\ncaption: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> decode(b)).isInstanceOf(SourceDecoder.InvalidEncoding.class)
        .hasMessageContaining("a.md:2:13").hasMessageContaining("invalid UTF-8 byte 0xE9");
  }

  @Test
  void reportsAnEncodedSurrogateAsInvalid() {
    // CESU-8 style: a surrogate encoded on its own is not UTF-8.
    byte[] b = {'x', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
    assertThatThrownBy(() -> decode(b)).isInstanceOf(SourceDecoder.InvalidEncoding.class)
        .hasMessageContaining("a.md:1:4");
  }
}
