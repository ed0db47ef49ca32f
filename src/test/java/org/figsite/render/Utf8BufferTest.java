package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
  @Test
  void encodesAsciiLatinGreekCjkAndEmoji() throws IOException {
    String s = "<p>PPARγ · Ж 漢字 \uD83E\uDDEC é</p>".repeat(3);
    Utf8Buffer b = new Utf8Buffer(4);
    b.write(s);
    assertThat(b.toByteArray()).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aResetBufferStartsEmptyAndForgetsAHalfPair() throws IOException {
    Utf8Buffer b = new Utf8Buffer(4);
    b.write("first page \uD83E");
    b.reset();
    b.write("second");
    assertThat(b.toByteArray()).isEqualTo("second".getBytes(StandardCharsets.UTF_8));
    assertThat(b.capacity()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void joinsASurrogatePairSplitBetweenTwoWrites() throws IOException {
    Utf8Buffer b = new Utf8Buffer(16);
    b.write("a\uD83E");
    b.write("\uDDECb");
    assertThat(b.toByteArray()).isEqualTo("a\uD83E\uDDECb".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesQuestionMarksForUnpairedSurrogatesLikeGetBytes() throws IOException {
    for (String s : new String[] {"x\uD83E", "\uDDECx", "\uD83E\uD83Ex", "\uD83Ey"}) {
      Utf8Buffer b = new Utf8Buffer(1);
      b.write(s);
      assertThat(b.toByteArray()).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Any text, cut into any pieces and written through every method, gives String.getBytes' bytes. */
  @Property(tries = 300)
  void equalsGetBytesForAnyTextInAnyPieces(
      @ForAll @CharRange(from = 0, to = 0xFFFF) char[] chars, @ForAll @IntRange(min = 1, max = 40) int piece)
      throws IOException {
    String s = new String(chars);
    Utf8Buffer b = new Utf8Buffer(2);
    writeInPieces(b, s, piece);
    assertThat(b.toByteArray()).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Drained through a small buffer, the same text gives the same bytes. */
  @Property(tries = 300)
  void drainsExactlyTheBytesItWouldHaveKept(
      @ForAll @CharRange(from = 0, to = 0xFFFF) char[] chars, @ForAll @IntRange(min = 1, max = 40) int piece,
      @ForAll @IntRange(min = 1, max = 64) int capacity) throws IOException {
    String s = new String(chars);
    ByteArrayOutputStream drained = new ByteArrayOutputStream();
    Utf8Buffer b = new Utf8Buffer(capacity, drained);
    writeInPieces(b, s, piece);
    b.finish();
    assertThat(drained.toByteArray()).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeInPieces(Utf8Buffer b, String s, int piece) throws IOException {
    int method = 0;
    for (int i = 0; i < s.length(); i += piece, method++) {
      int end = Math.min(s.length(), i + piece);
      switch (method % 3) {
        case 0 -> b.write(s, i, end - i);
        case 1 -> b.write(s.toCharArray(), i, end - i);
        default -> {
          for (int j = i; j < end; j++) b.write(s.charAt(j));
        }
      }
    }
  }
}
