package org.figsite.load;

import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.SourcePos;

/** Splits {@code ---}-delimited front matter from the body of a Markdown file. */
public final class FrontMatterSplitter {
  private FrontMatterSplitter() {}

  /** Thrown with a positioned problem when the file has no well-formed front matter. */
  public static final class Malformed extends ProblemException {
    private static final long serialVersionUID = 1L;

    Malformed(Problem problem) {
      super(problem);
    }
  }

  /**
   * @param required whether a file without front matter is an error (figure records) or just a
   *     body (site pages)
   */
  public static FrontMatter split(SourceText src, boolean required) throws Malformed {
    String t = src.text();
    int firstEnd = lineEnd(t, 0);
    if (!isDelimiter(t, 0, firstEnd, false)) {
      if (!required) return new FrontMatter(src, "", 1, t);
      String msg = t.isEmpty() ? "empty file: a figure record needs YAML front matter" : "missing front matter";
      String hint = src.line(1).isBlank() && t.strip().startsWith("---")
          ? "remove the blank line(s) before the opening '---': it must be the file's first line"
          : "start the file with a line '---', then the YAML keys, then a closing '---'";
      throw new Malformed(
          Problem.error(new SourcePos(src.displayPath(), 1, 1), msg).withSourceLine(src.line(1)).withHint(hint));
    }
    int yamlStart = next(t, firstEnd);
    int pos = yamlStart;
    while (pos < t.length()) {
      int end = lineEnd(t, pos);
      if (isDelimiter(t, pos, end, true)) {
        String yaml = t.substring(yamlStart, pos);
        String body = next(t, end) <= t.length() ? t.substring(next(t, end)) : "";
        return new FrontMatter(src, yaml, 2, body);
      }
      pos = next(t, end);
    }
    throw new Malformed(unterminated(src));
  }

  /**
   * No closing line: positioned at the first line that cannot be YAML (the body, or a mistyped
   * closing line), or at the opening line when every line could be.
   */
  private static Problem unterminated(SourceText src) {
    int lastYaml = 1;
    int lines = (int) src.text().chars().filter(c -> c == '\n').count() + 1;
    for (int n = 2; n <= lines; n++) {
      String line = src.line(n).stripTrailing();
      boolean heading = line.startsWith("# ") && src.line(n - 1).isBlank();
      if (line.isEmpty() || line.startsWith(" ") || (line.startsWith("#") && !heading) || line.startsWith("- ") || line.equals("-")
          || YAML_KEY.matcher(line).lookingAt()) {
        if (!line.isEmpty() && !line.startsWith("#")) lastYaml = n;
        continue;
      }
      String fix = line.matches("-+|\\.+") ? "the closing line must be exactly '---'"
          : "did you forget the closing '---'? Add it after line " + lastYaml + ", before the body";
      return Problem.error(new SourcePos(src.displayPath(), n, 1), "unterminated front matter: no closing '---' before this line")
          .withSourceLine(src.line(n))
          .withHint(fix);
    }
    return Problem.error(new SourcePos(src.displayPath(), 1, 1), "unterminated front matter")
        .withSourceLine(src.line(1))
        .withHint("did you forget the closing '---'? Add it after line " + lastYaml);
  }

  /** A line that starts a YAML mapping entry: a key without spaces, ':', then a space or the end. */
  private static final java.util.regex.Pattern YAML_KEY =
      java.util.regex.Pattern.compile("('[^']*'|\"[^\"]*\"|[^\\s'\":#\\-][^\\s:]*):( |$)");

  private static int lineEnd(String t, int from) {
    int nl = t.indexOf('\n', from);
    return nl < 0 ? t.length() : nl;
  }

  private static int next(String t, int lineEnd) {
    return Math.min(lineEnd + 1, t.length());
  }

  /** {@code ---} (or {@code ...} when closing), optionally followed by spaces and a CR. */
  private static boolean isDelimiter(String t, int from, int end, boolean closing) {
    if (end - from < 3) return false;
    boolean dashes = t.startsWith("---", from);
    boolean dots = closing && t.startsWith("...", from);
    if (!dashes && !dots) return false;
    for (int i = from + 3; i < end; i++) {
      char c = t.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }
}
