package org.figsite.load;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Scans plain scalars in block context exactly as SnakeYAML's {@code scanPlain} does: words and
 * the spaces between them on a line are kept, a line break between two lines becomes a space (a
 * line feed for each blank line), and the scalar ends at a {@code ": "}, a {@code " #"}, or a line
 * indented less than it allows. Why it ended is kept for the composer ({@link #stop()}).
 */
final class PlainScalarScanner {
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
  private final ScalarText folded;
  private Stop stop;
  private boolean crossedLine;

  PlainScalarScanner(YamlCursor cursor) {
    this.c = cursor;
    this.t = cursor.chars;
    this.folded = new ScalarText(cursor.chars);
  }

  /** Whether a plain scalar can start at the cursor (SnakeYAML's {@code checkPlain}, block context). */
  static boolean startsPlain(YamlCursor c) {
    char ch = c.peek();
    if (ch == ' ' || ch == '\n' || ch == '\0') return false;
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(ch) < 0) return true;
    return (ch == '-' || ch == '?' || ch == ':') && !c.blankAt(1);
  }

  /** Why the last plain scalar ended. */
  Stop stop() {
    return stop;
  }

  /** Whether the last plain scalar went on past its first line. */
  boolean crossedLine() {
    return crossedLine;
  }

  /**
   * A plain scalar starting at the cursor. It goes on over lines indented at least {@code
   * minColumn} (SnakeYAML's current indent plus one). When it ends, the cursor is at the next
   * token if the scalar ended at a line break, else where it stopped ({@link #stop()}).
   */
  ScalarNode scan(int minColumn) {
    Mark start = c.mark();
    int first = c.pos;
    boolean isFolded = false;
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
      skipChunk();
      if (c.pos == chunk) {
        stop = c.atEnd() ? Stop.END : Stop.COLON;
        break;
      }
      if (pendingBreaks >= 0) {
        // Folded only now that a chunk follows, as SnakeYAML adds the spaces before a chunk.
        if (!isFolded) folded.clear();
        isFolded = true;
        folded.append(runStart, lastEnd);
        folded.fold(pendingBreaks);
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
      int breaks = c.skipBreaks();
      crossedLine = true;
      if (stopsAtLineStart(minColumn)) break;
      pendingBreaks = breaks;
    }
    if (lastEnd == first) throw NotOnFastPath.INSTANCE;
    String value = value(isFolded, runStart, lastEnd);
    // "<<" would be a merge key (UntypedResolver): records never use it, and figsite refuses it.
    if (value.equals("<<")) throw NotOnFastPath.INSTANCE;
    Mark end = c.markAt(lastEnd, endLine, endLineStart);
    return new ScalarNode(YamlParser.PLAIN, true, value, start, end, ScalarStyle.PLAIN);
  }

  /**
   * Whether the scalar ends at the start of the line the cursor has moved to (past the line
   * breaks), with {@link #stop} set to why. Apart from the loop in {@link #scan} only to keep that
   * short: a method this small is inlined.
   */
  private boolean stopsAtLineStart(int minColumn) {
    if (c.atEnd()) {
      stop = Stop.END;
    } else if (c.peek() == '#') {
      stop = Stop.COMMENT;
    } else if (c.column() < minColumn) {
      stop = Stop.END;
    } else {
      return false;
    }
    return true;
  }

  /** The scalar's text: the folded lines with the last run added, or the one run as it stands. */
  private String value(boolean isFolded, int runStart, int lastEnd) {
    if (!isFolded) return new String(t, runStart, lastEnd - runStart);
    folded.append(runStart, lastEnd);
    return folded.toString();
  }

  /** Moves over non-blank characters, stopping before a {@code ':'} that is followed by a blank. */
  private void skipChunk() {
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
}
