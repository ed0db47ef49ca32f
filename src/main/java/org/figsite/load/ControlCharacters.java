package org.figsite.load;

import java.util.ArrayList;
import java.util.List;
import org.figsite.diag.Problem;
import org.figsite.diag.Severity;
import org.figsite.diag.SourcePos;

/**
 * The control characters figsite refuses in the text it publishes: every C0 control but tab, line
 * feed and carriage return, and DEL. Written raw into HTML, TSV or JSON they are invisible at best
 * (HTML calls them parse errors) and act on a terminal at worst, and no real record has one; so
 * each is an error at its own line and column, never an escape the reader did not ask for.
 */
public final class ControlCharacters {
  /** Enough to show what is wrong with a file without burying every other problem. */
  public static final int MAX_PER_FILE = 10;

  private static final String[] NAMES = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"
  };

  private ControlCharacters() {}

  public static boolean isRefused(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
  }

  /** The index of the first refused character of {@code s}, or -1. */
  public static int find(CharSequence s) {
    for (int i = 0; i < s.length(); i++) if (isRefused(s.charAt(i))) return i;
    return -1;
  }

  /** {@code U+001B (ESC)}. */
  public static String describe(char c) {
    return String.format("U+%04X (%s)", (int) c, c == 0x7f ? "DEL" : c < 0x20 ? NAMES[c] : "?");
  }

  /**
   * One problem per refused character in {@code src}'s text from offset {@code from} on (a
   * record's Markdown body, a data file), at its line and column, at most {@link #MAX_PER_FILE}.
   *
   * @param where what the text is, for the message: "the Markdown body", "a cell"
   */
  public static List<Problem> scan(SourceText src, int from, String where) {
    String t = src.text();
    List<Problem> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int counted = 0;
    for (int i = from; i < t.length() && out.size() < MAX_PER_FILE; i++) {
      char c = t.charAt(i);
      if (!isRefused(c)) continue;
      for (; counted < i; counted++) {
        if (t.charAt(counted) == '\n') {
          line++;
          lineStart = counted + 1;
        }
      }
      SourcePos pos = new SourcePos(src.displayPath(), line, t.codePointCount(lineStart, i) + 1);
      out.add(new Problem(Severity.ERROR, pos, "control character " + describe(c) + " in " + where,
          src.line(line), "delete it: it would be written into the pages and downloads as it is"));
    }
    return out;
  }
}
