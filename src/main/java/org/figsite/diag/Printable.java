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
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
          || c == '\u202e' || c == '\ufeff') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (sb.length() >= MAX) sb.append('…');
    return sb.toString();
  }

  /** A value quoted for a message, shortened. */
  public static String quote(String s) {
    return "\"" + of(s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
  }
}
