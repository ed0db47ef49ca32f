package org.figsite.load;

/**
 * The decoded text of one source file, with the path to show in messages. Lines are counted from
 * 1; {@link #line(int)} returns a line without its terminator, for the caret display.
 */
public final class SourceText {
  private final String displayPath;
  private final String text;
  private int[] lineStarts;

  public SourceText(String displayPath, String text) {
    // Escaped once here, so every message that names this file shows the same safe name.
    this.displayPath = org.figsite.diag.Printable.path(displayPath);
    this.text = text;
  }

  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /** The text of a 1-based line, or empty when out of range. */
  public String line(int line) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) return "";
    int from = starts[line - 1];
    int to = line < starts.length ? starts[line] : text.length();
    while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) to--;
    return text.substring(from, to);
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
      int[] starts = new int[count];
      int k = 1;
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
      lineStarts = starts;
    }
    return lineStarts;
  }
}
