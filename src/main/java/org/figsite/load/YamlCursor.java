package org.figsite.load;

import java.util.Arrays;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;

/**
 * A position in front matter text for {@link BlockYamlComposer}, making the same {@link Mark}s as
 * SnakeYAML's reader: name, and 0-based line, column and index counted in code points, a surrogate
 * pair being one. Only text of characters the fast path knows is accepted (see {@link #over}).
 *
 * <p>The marks carry no text for {@link Mark#get_snippet()}: SnakeYAML's carry a window of the text
 * for its own error messages, which the fast path never makes (figsite shows its own source line
 * for every problem). Filling that buffer would cost a tenth of the fast path.
 */
final class YamlCursor {
  /** SnakeYAML's name for text read from a {@code Reader}, as in its own marks. */
  private static final String READER = "'reader'";
  private static final int[] NO_PAIRS = new int[0];
  private static final int[] NO_SNIPPET = new int[0];

  /** The text's characters: scanning an array is much faster than {@code String.charAt} on UTF-16 text. */
  final char[] chars;
  final int end;
  /** Char offsets of the high halves of surrogate pairs, ascending; usually none. */
  private final int[] pairs;

  int pos;
  int line;
  int lineStart;

  private YamlCursor(char[] chars, int[] pairs) {
    this.chars = chars;
    this.end = chars.length;
    this.pairs = pairs;
  }

  /**
   * A cursor at the start of the text, or empty when the text has a character SnakeYAML treats
   * specially or refuses: tabs, CR, NEL, LS, PS (other line breaks and their own line counting),
   * byte-order marks, control and non-printable characters, unpaired surrogates; or a line that
   * starts with {@code ---} or {@code ...}, a document marker in some places and not in others.
   */
  static Optional<YamlCursor> over(String text) {
    char[] a = text.toCharArray();
    int[] pairs = NO_PAIRS;
    int pairCount = 0;
    int n = a.length;
    if (startsDocumentMarker(a, 0)) return Optional.empty();
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (c >= 0x20 && c < 0x7f) continue;
      if (c == '\n') {
        if (startsDocumentMarker(a, i + 1)) return Optional.empty();
      } else if (c < 0xa0 || c == 0xfeff || c == 0x2028 || c == 0x2029 || c >= 0xfffe) {
        return Optional.empty();
      } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(a[i + 1])) return Optional.empty();
        if (pairCount == pairs.length) pairs = Arrays.copyOf(pairs, Math.max(8, pairCount * 2));
        pairs[pairCount++] = i++;
      }
    }
    return Optional.of(new YamlCursor(a, pairCount == pairs.length ? pairs : Arrays.copyOf(pairs, pairCount)));
  }

  private static boolean startsDocumentMarker(char[] a, int at) {
    if (at + 3 > a.length) return false;
    char c = a[at];
    return (c == '-' || c == '.') && a[at + 1] == c && a[at + 2] == c;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** The character at the cursor, or NUL at the end (NUL itself never gets this far). */
  char peek() {
    return pos < end ? chars[pos] : '\0';
  }

  char peek(int ahead) {
    int at = pos + ahead;
    return at < end ? chars[at] : '\0';
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
    while (pos < end && chars[pos] == ' ') pos++;
  }

  /**
   * Steps over the line break at the cursor, any blank lines after it, and the next line's
   * indentation. Returns the number of blank lines (lines of spaces count as blank).
   */
  int skipBreaks() {
    newline();
    int blank = 0;
    while (true) {
      skipSpaces();
      if (peek() != '\n') return blank;
      newline();
      blank++;
    }
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
    return new Mark(READER, index, atLine, column, NO_SNIPPET, 0);
  }

  private int pairsBefore(int at) {
    if (pairs.length == 0) return 0;
    int i = Arrays.binarySearch(pairs, at);
    return i >= 0 ? i : -i - 1;
  }
}
