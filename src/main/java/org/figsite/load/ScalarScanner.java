package org.figsite.load;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Scans the three scalar styles of block YAML exactly as SnakeYAML's scanner does (its
 * {@code scanPlain}, {@code scanFlowScalar}), folding line breaks the same way: a single break
 * becomes a space, each blank line a line feed, and the spaces around a break are dropped.
 * Anything outside that is thrown as {@link NotOnFastPath}.
 */
final class ScalarScanner {
  /** Why a plain scalar ended. */
  enum Stop {
    /** At the end of the text, or on a later line indented less than the scalar allows. */
    END,
    /** At a {@code ':'} followed by a blank: the scalar is a key (or the text is broken). */
    COLON,
    /** At a {@code '#'} after a blank: a comment follows. */
    COMMENT
  }

  private final YamlCursor c;
  private final char[] t;
  private Stop stop;
  private boolean crossedLine;
  /** The value being built when it is not one slice of the text (folded, or with escapes). */
  private char[] buf = new char[256];
  private int len;

  ScalarScanner(YamlCursor cursor) {
    this.c = cursor;
    this.t = cursor.chars;
  }

  /** Why the last plain scalar ended. */
  Stop stop() {
    return stop;
  }

  /** Whether the last plain scalar went on past its first line. */
  boolean crossedLine() {
    return crossedLine;
  }

  /** Whether a plain scalar can start at the cursor (SnakeYAML's {@code checkPlain}, block context). */
  static boolean startsPlain(YamlCursor c) {
    char ch = c.peek();
    if (ch == ' ' || ch == '\n' || ch == '\0') return false;
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(ch) < 0) return true;
    return (ch == '-' || ch == '?' || ch == ':') && !c.blankAt(1);
  }

  /**
   * A plain scalar starting at the cursor. It goes on over lines indented at least {@code
   * minColumn} (SnakeYAML's current indent plus one). When it ends, the cursor is at the next
   * token if the scalar ended at a line break, else where it stopped ({@link #stop()}).
   */
  ScalarNode plain(int minColumn) {
    Mark start = c.mark();
    int first = c.pos;
    boolean folded = false;
    int runStart = c.pos;
    int lastEnd = c.pos;
    int endLine = c.line;
    int endLineStart = c.lineStart;
    // Blank lines before the chunk at the cursor, or -1 when it is on the same line as the last.
    int pendingBreaks = -1;
    crossedLine = false;
    while (true) {
      if (c.peek() == '#') {
        stop = Stop.COMMENT;
        break;
      }
      int chunk = c.pos;
      skipPlainChunk();
      if (c.pos == chunk) {
        stop = c.atEnd() ? Stop.END : Stop.COLON;
        break;
      }
      if (pendingBreaks >= 0) {
        // Folded only now that a chunk follows, as SnakeYAML adds the spaces before a chunk.
        if (!folded) len = 0;
        folded = true;
        append(runStart, lastEnd);
        fold(pendingBreaks);
        runStart = chunk;
        pendingBreaks = -1;
      }
      lastEnd = c.pos;
      endLine = c.line;
      endLineStart = c.lineStart;
      int spaces = c.pos;
      c.skipSpaces();
      if (c.peek() != '\n') {
        if (c.pos == spaces || c.atEnd()) {
          stop = c.atEnd() ? Stop.END : Stop.COLON;
          break;
        }
        continue;
      }
      int breaks = skipBreaks();
      crossedLine = true;
      if (c.atEnd()) {
        stop = Stop.END;
        break;
      }
      if (c.peek() == '#') {
        stop = Stop.COMMENT;
        break;
      }
      if (c.column() < minColumn) {
        stop = Stop.END;
        break;
      }
      pendingBreaks = breaks;
    }
    if (lastEnd == first) throw NotOnFastPath.INSTANCE;
    String value;
    if (folded) {
      append(runStart, lastEnd);
      value = new String(buf, 0, len);
    } else {
      value = new String(t, runStart, lastEnd - runStart);
    }
    // "<<" would be a merge key (UntypedResolver): records never use it, and figsite refuses it.
    if (value.equals("<<")) throw NotOnFastPath.INSTANCE;
    Mark end = c.markAt(lastEnd, endLine, endLineStart);
    return new ScalarNode(YamlParser.PLAIN, true, value, start, end, ScalarStyle.PLAIN);
  }

  /** Moves over non-blank characters, stopping before a {@code ':'} that is followed by a blank. */
  private void skipPlainChunk() {
    int n = c.end;
    int p = c.pos;
    while (p < n) {
      char ch = t[p];
      if (ch == ' ' || ch == '\n') break;
      if (ch == ':' && (p + 1 == n || t[p + 1] == ' ' || t[p + 1] == '\n')) break;
      p++;
    }
    c.pos = p;
  }

  /**
   * Steps over the line break at the cursor and any blank lines after it, and over the next line's
   * indentation. Returns the number of blank lines.
   */
  private int skipBreaks() {
    c.newline();
    int blank = 0;
    while (true) {
      c.skipSpaces();
      if (c.peek() != '\n') return blank;
      c.newline();
      blank++;
    }
  }

  /** A line break between two runs of text: a space, or a line feed for each blank line. */
  private void fold(int blankLines) {
    if (blankLines == 0) {
      append(' ');
    } else {
      for (int i = 0; i < blankLines; i++) append('\n');
    }
  }

  /** A single-quoted scalar starting at the cursor; the cursor ends after the closing quote. */
  ScalarNode singleQuoted() {
    return quoted('\'', ScalarStyle.SINGLE_QUOTED);
  }

  /** A double-quoted scalar starting at the cursor; the cursor ends after the closing quote. */
  ScalarNode doubleQuoted() {
    return quoted('"', ScalarStyle.DOUBLE_QUOTED);
  }

  private ScalarNode quoted(char quote, ScalarStyle style) {
    Mark start = c.mark();
    c.pos++;
    boolean built = false;
    int runStart = c.pos;
    int n = c.end;
    while (true) {
      // The common case: ordinary characters, scanned without a call per character.
      int p = c.pos;
      while (p < n) {
        char ch = t[p];
        if (ch == quote || ch == ' ' || ch == '\n' || ch == '\\') break;
        p++;
      }
      c.pos = p;
      char ch = c.peek();
      if (ch == quote) {
        if (quote == '\'' && c.peek(1) == '\'') {
          if (!built) len = 0;
          built = true;
          append(runStart, c.pos);
          append('\'');
          c.pos += 2;
          runStart = c.pos;
          continue;
        }
        break;
      }
      if (c.atEnd()) throw NotOnFastPath.INSTANCE;
      if (ch == ' ' || ch == '\n') {
        int spaces = c.pos;
        c.skipSpaces();
        if (c.peek() == '\n') {
          if (!built) len = 0;
          built = true;
          append(runStart, spaces);
          fold(skipBreaks());
          runStart = c.pos;
        }
      } else if (quote == '"') {
        if (!built) len = 0;
        built = true;
        append(runStart, c.pos);
        escape();
        runStart = c.pos;
      } else {
        c.pos++;
      }
    }
    String value;
    if (built) {
      append(runStart, c.pos);
      value = new String(buf, 0, len);
    } else {
      value = new String(t, runStart, c.pos - runStart);
    }
    c.pos++;
    return new ScalarNode(Tag.STR, true, value, start, c.mark(), style);
  }

  /**
   * Appends the escape at the cursor (a backslash) and moves past it. The escapes are SnakeYAML
   * 2.5's: it has no {@code \/} and no backslash-tab, which are errors there, so they leave the
   * fast path like any other unknown escape.
   */
  private void escape() {
    char e = c.peek(1);
    int simple = simpleEscape(e);
    if (simple >= 0) {
      append((char) simple);
      c.pos += 2;
      return;
    }
    int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits > 0) {
      long cp = 0;
      for (int i = 0; i < digits; i++) {
        cp = cp * 16 + hexDigit(c.peek(2 + i));
      }
      // Beyond Unicode is an error there; a lone surrogate would make text that is not UTF-8.
      if (cp > Character.MAX_CODE_POINT || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
        throw NotOnFastPath.INSTANCE;
      }
      if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        append(Character.highSurrogate((int) cp));
        append(Character.lowSurrogate((int) cp));
      } else {
        append((char) cp);
      }
      c.pos += 2 + digits;
      return;
    }
    if (e == '\n') {
      // An escaped line break joins the lines: no space, but blank lines after it still count.
      c.pos++;
      int blank = skipBreaks();
      for (int i = 0; i < blank; i++) append('\n');
      return;
    }
    throw NotOnFastPath.INSTANCE;
  }

  private void append(int from, int to) {
    int k = to - from;
    ensure(k);
    System.arraycopy(t, from, buf, len, k);
    len += k;
  }

  private void append(char ch) {
    ensure(1);
    buf[len++] = ch;
  }

  private void ensure(int more) {
    if (len + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
  }

  private static int hexDigit(char h) {
    if (h >= '0' && h <= '9') return h - '0';
    if (h >= 'a' && h <= 'f') return h - 'a' + 10;
    if (h >= 'A' && h <= 'F') return h - 'A' + 10;
    throw NotOnFastPath.INSTANCE;
  }

  /** The character a one-letter escape stands for, or -1. */
  private static int simpleEscape(char e) {
    switch (e) {
      case '0': return 0;
      case 'a': return 0x07;
      case 'b': return '\b';
      case 't': return '\t';
      case 'n': return '\n';
      case 'v': return 0x0b;
      case 'f': return '\f';
      case 'r': return '\r';
      case 'e': return 0x1b;
      case ' ': return ' ';
      case '"': return '"';
      case '\\': return '\\';
      case 'N': return 0x85;
      case '_': return 0xa0;
      case 'L': return 0x2028;
      case 'P': return 0x2029;
      default: return -1;
    }
  }

}
