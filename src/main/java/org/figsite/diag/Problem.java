package org.figsite.diag;

import java.util.Objects;

/**
 * One thing wrong with the input, where it is, and how to fix it when that is known.
 *
 * @param sourceLine the text of the offending line (without its line break), or empty
 * @param hint a suggested fix, or empty
 * @param detail a library's own full account of the problem (FreeMarker's message with its template
 *     stack), or empty; too long for every run, so it is printed only on request ({@code --verbose})
 */
public record Problem(Severity severity, SourcePos pos, String message, String sourceLine, String hint, String detail)
    implements Comparable<Problem> {

  public Problem {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(pos);
    Objects.requireNonNull(message);
    sourceLine = sourceLine == null ? "" : sourceLine;
    hint = hint == null ? "" : hint;
    detail = detail == null ? "" : detail;
  }

  public Problem(Severity severity, SourcePos pos, String message, String sourceLine, String hint) {
    this(severity, pos, message, sourceLine, hint, "");
  }

  public static Problem error(SourcePos pos, String message) {
    return new Problem(Severity.ERROR, pos, message, "", "");
  }

  public static Problem warning(SourcePos pos, String message) {
    return new Problem(Severity.WARNING, pos, message, "", "");
  }

  public Problem withHint(String newHint) {
    return new Problem(severity, pos, message, sourceLine, newHint, detail);
  }

  public Problem withSourceLine(String line) {
    return new Problem(severity, pos, message, line, hint, detail);
  }

  public Problem withDetail(String newDetail) {
    return new Problem(severity, pos, message, sourceLine, hint, newDetail);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The first line as tools expect it: {@code path:line:col: error: message}. */
  public String headline() {
    return pos + ": " + severity.label() + ": " + message;
  }

  @Override
  public int compareTo(Problem o) {
    int c = pos.compareTo(o.pos);
    if (c != 0) return c;
    c = severity.compareTo(o.severity);
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** Headline, then the source line with a caret under the column, then the hint. */
  public String format() {
    StringBuilder sb = new StringBuilder(headline());
    if (!sourceLine.isEmpty() && pos.line() > 0) {
      String shown = Printable.of(sourceLine);
      sb.append('\n').append("    ").append(shown);
      int caret = Math.min(Math.max(pos.col(), 1), shown.length() + 1);
      sb.append('\n').append("    ").append(" ".repeat(caret - 1)).append('^');
    }
    if (!hint.isEmpty()) {
      sb.append('\n').append("  hint: ").append(hint);
    }
    return sb.toString();
  }

  /** {@link #format()}, then the detail indented under it, when there is one. */
  public String formatWithDetail() {
    if (detail.isBlank()) return format();
    StringBuilder sb = new StringBuilder(format());
    for (String l : detail.strip().split("\\R")) sb.append('\n').append("  | ").append(l);
    return sb.toString();
  }
}
