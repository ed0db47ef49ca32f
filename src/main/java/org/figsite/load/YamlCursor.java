package org.figsite.load;

import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;

/**
 * A position in front matter text for {@link BlockYamlComposer}, making the same {@link Mark}s as
 * SnakeYAML's reader: 0-based line, column and index counted in code points, a surrogate pair
 * being one. Only text of characters the fast path knows is accepted (see {@link #over}).
 */
final class YamlCursor {
  /** SnakeYAML's name for text read from a {@code Reader}, as in its own marks. */
  private static final String READER = "'reader'";
  private static final int[] NO_PAIRS = new int[0];

  private final String text;
  private final int end;
  /** Char offsets of the high halves of surrogate pairs, ascending; usually none. */
  private final int[] pairs;
  /** The text as code points: the buffer every mark carries for its snippet. */
  private int[] codePoints;

  int pos;
  int line;
  int lineStart;

  private YamlCursor(String text, int[] pairs) {
    this.text = text;
    this.end = text.length();
    this.pairs = pairs;
  }

  /**
   * A cursor at the start of the text, or null when the text has a character SnakeYAML treats
   * specially or refuses: tabs, CR, NEL, LS, PS (other line breaks and their own line counting),
   * byte-order marks, control and non-printable characters, unpaired surrogates; or a line that
   * starts with {@code ---} or {@code ...}, a document marker in some places and not in others.
   */
  static YamlCursor over(String text) {
    int[] pairs = NO_PAIRS;
    int pairCount = 0;
    int n = text.length();
    if (startsDocumentMarker(text, 0)) return null;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) continue;
      if (c == '\n') {
        if (startsDocumentMarker(text, i + 1)) return null;
      } else if (c < 0xa0 || c == 0xfeff || c == 0x2028 || c == 0x2029 || c >= 0xfffe) {
        return null;
      } else if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))) return null;
        if (pairCount == pairs.length) pairs = Arrays.copyOf(pairs, Math.max(8, pairCount * 2));
        pairs[pairCount++] = i++;
      }
    }
    return new YamlCursor(text, pairCount == pairs.length ? pairs : Arrays.copyOf(pairs, pairCount));
  }

  private static boolean startsDocumentMarker(String t, int at) {
    return t.startsWith("---", at) || t.startsWith("...", at);
  }

  String text() {
    return text;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** The character at the cursor, or NUL at the end (NUL itself never gets this far). */
  char peek() {
    return pos < end ? text.charAt(pos) : '\0';
  }

  char peek(int ahead) {
    int at = pos + ahead;
    return at < end ? text.charAt(at) : '\0';
  }

  /** Whether the character at {@code ahead} is a space, a line break or the end: YAML's blank. */
  boolean blankAt(int ahead) {
    char c = peek(ahead);
    return c == ' ' || c == '\n' || c == '\0';
  }

  /** Steps over the line break at the cursor. */
  void newline() {
    pos++;
    line++;
    lineStart = pos;
  }

  void skipSpaces() {
    while (pos < end && text.charAt(pos) == ' ') pos++;
  }

  /**
   * The column in chars. Used for indentation only, where just spaces and dashes precede the
   * cursor on its line, so it equals the column in code points.
   */
  int column() {
    return pos - lineStart;
  }

  Mark mark() {
    return markAt(pos, line, lineStart);
  }

  Mark markAt(int at, int atLine, int atLineStart) {
    int before = pairsBefore(at);
    int column = at - atLineStart - (before - pairsBefore(atLineStart));
    int index = at - before;
    return new Mark(READER, index, atLine, column, codePoints(), index);
  }

  private int pairsBefore(int at) {
    if (pairs.length == 0) return 0;
    int i = Arrays.binarySearch(pairs, at);
    return i >= 0 ? i : -i - 1;
  }

  private int[] codePoints() {
    if (codePoints == null) {
      if (pairs.length == 0) {
        int[] cps = new int[end];
        for (int i = 0; i < end; i++) cps[i] = text.charAt(i);
        codePoints = cps;
      } else {
        codePoints = text.codePoints().toArray();
      }
    }
    return codePoints;
  }
}
