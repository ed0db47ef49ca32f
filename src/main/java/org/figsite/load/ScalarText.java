package org.figsite.load;

import java.util.Arrays;

/**
 * The value of a scalar that is not one slice of the text (it is folded over lines, or has
 * escapes), built from slices of the text and single characters in one reused buffer.
 */
final class ScalarText {
  private final char[] text;
  private char[] buf = new char[256];
  private int len;

  ScalarText(char[] text) {
    this.text = text;
  }

  void clear() {
    len = 0;
  }

  /** Appends {@code text[from, to)}. */
  void append(int from, int to) {
    int k = to - from;
    ensure(k);
    System.arraycopy(text, from, buf, len, k);
    len += k;
  }

  void append(char ch) {
    ensure(1);
    buf[len++] = ch;
  }

  void appendCodePoint(int cp) {
    if (Character.isBmpCodePoint(cp)) {
      append((char) cp);
    } else {
      append(Character.highSurrogate(cp));
      append(Character.lowSurrogate(cp));
    }
  }

  /**
   * A line break between two runs of text, folded as YAML folds flow scalars: a space, or a line
   * feed for each blank line between them.
   */
  void fold(int blankLines) {
    if (blankLines == 0) {
      append(' ');
    } else {
      for (int i = 0; i < blankLines; i++) append('\n');
    }
  }

  @Override
  public String toString() {
    return new String(buf, 0, len);
  }

  private void ensure(int more) {
    if (len + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
  }
}
