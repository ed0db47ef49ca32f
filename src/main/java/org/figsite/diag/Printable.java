package org.figsite.diag;

/** Makes untrusted text safe to print on a terminal: control characters become visible escapes. */
public final class Printable {
  private static final int MAX = 200;

  private Printable() {}

  public static String of(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX) + 8);
    for (int i = 0; i < s.length() && sb.length() < MAX; i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        sb.append(' ');
      } else {
        append(sb, c);
      }
    }
    if (sb.length() >= MAX) sb.append('…');
    return sb.toString();
  }

  /**
   * A file name or path as every message shows it: whole, with each character a terminal would act
   * on (controls, a tab, bidirectional overrides) as a visible {@code \\uXXXX} escape, so that a
   * record whose name holds ESC {@code [2J} cannot clear the screen. Used by {@link SourcePos} and by
   * every place that names a content file, so all diagnostics show a name the same way.
   */
  public static String path(String s) {
    int i = 0;
    while (i < s.length() && !isUnsafe(s.charAt(i)) && s.charAt(i) != '\t') i++;
    if (i == s.length()) return s;
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) append(sb, s.charAt(i));
    return sb.toString();
  }

  private static void append(StringBuilder sb, char c) {
    if (isUnsafe(c) || c == '\t') {
      sb.append(String.format("\\u%04x", (int) c));
    } else {
      sb.append(c);
    }
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
        || c == '\u202e' || c == '\ufeff';
  }

  /** A value quoted for a message, shortened. */
  public static String quote(String s) {
    return "\"" + of(s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
  }
}
