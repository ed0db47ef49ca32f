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
  private Stop stop;
  private boolean crossedLine;

  ScalarScanner(YamlCursor cursor) {
    this.c = cursor;
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
    String t = c.text();
    Mark start = c.mark();
    int first = c.pos;
    StringBuilder folded = null;
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
      skipPlainChunk(t);
      if (c.pos == chunk) {
        stop = c.atEnd() ? Stop.END : Stop.COLON;
        break;
      }
      if (pendingBreaks >= 0) {
        // Folded only now that a chunk follows, as SnakeYAML adds the spaces before a chunk.
        if (folded == null) folded = new StringBuilder(64);
        folded.append(t, runStart, lastEnd);
        fold(folded, pendingBreaks);
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
    String value = folded == null ? t.substring(runStart, lastEnd) : folded.append(t, runStart, lastEnd).toString();
    // "<<" would be a merge key (UntypedResolver): records never use it, and figsite refuses it.
    if (value.equals("<<")) throw NotOnFastPath.INSTANCE;
    Mark end = c.markAt(lastEnd, endLine, endLineStart);
    return new ScalarNode(YamlParser.PLAIN, true, value, start, end, ScalarStyle.PLAIN);
  }

  /** Moves over non-blank characters, stopping before a {@code ':'} that is followed by a blank. */
  private void skipPlainChunk(String t) {
    int n = t.length();
    int p = c.pos;
    while (p < n) {
      char ch = t.charAt(p);
      if (ch == ' ' || ch == '\n') break;
      if (ch == ':' && (p + 1 == n || t.charAt(p + 1) == ' ' || t.charAt(p + 1) == '\n')) break;
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

  private static void fold(StringBuilder sb, int blankLines) {
    if (blankLines == 0) {
      sb.append(' ');
    } else {
      for (int i = 0; i < blankLines; i++) sb.append('\n');
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
    String t = c.text();
    Mark start = c.mark();
    c.pos++;
    StringBuilder sb = null;
    int runStart = c.pos;
    while (true) {
      char ch = c.peek();
      if (ch == quote) {
        if (quote == '\'' && c.peek(1) == '\'') {
          if (sb == null) sb = new StringBuilder(64);
          sb.append(t, runStart, c.pos).append('\'');
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
          if (sb == null) sb = new StringBuilder(64);
          sb.append(t, runStart, spaces);
          fold(sb, skipBreaks());
          runStart = c.pos;
        }
      } else if (ch == '\\' && quote == '"') {
        if (sb == null) sb = new StringBuilder(64);
        sb.append(t, runStart, c.pos);
        escape(sb);
        runStart = c.pos;
      } else {
        c.pos++;
      }
    }
    String value = sb == null ? t.substring(runStart, c.pos) : sb.append(t, runStart, c.pos).toString();
    c.pos++;
    return new ScalarNode(Tag.STR, true, value, start, c.mark(), style);
  }

  /**
   * Appends the escape at the cursor (a backslash) and moves past it. The escapes are SnakeYAML
   * 2.5's: it has no {@code \/} and no backslash-tab, which are errors there, so they leave the
   * fast path like any other unknown escape.
   */
  private void escape(StringBuilder sb) {
    char e = c.peek(1);
    String simple = simpleEscape(e);
    if (simple != null) {
      sb.append(simple);
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
      sb.appendCodePoint((int) cp);
      c.pos += 2 + digits;
      return;
    }
    if (e == '\n') {
      // An escaped line break joins the lines: no space, but blank lines after it still count.
      c.pos++;
      int blank = skipBreaks();
      for (int i = 0; i < blank; i++) sb.append('\n');
      return;
    }
    throw NotOnFastPath.INSTANCE;
  }

  private static int hexDigit(char h) {
    if (h >= '0' && h <= '9') return h - '0';
    if (h >= 'a' && h <= 'f') return h - 'a' + 10;
    if (h >= 'A' && h <= 'F') return h - 'A' + 10;
    throw NotOnFastPath.INSTANCE;
  }

  private static String simpleEscape(char e) {
    switch (e) {
      case '0': return "\0";
      case 'a': return "\u0007";
      case 'b': return "\b";
      case 't': return "\t";
      case 'n': return "\n";
      case 'v': return "\u000b";
      case 'f': return "\f";
      case 'r': return "\r";
      case 'e': return "\u001b";
      case ' ': return " ";
      case '"': return "\"";
      case '\\': return "\\";
      case 'N': return "\u0085";
      case '_': return "\u00a0";
      case 'L': return "\u2028";
      case 'P': return "\u2029";
      default: return null;
    }
  }
}
