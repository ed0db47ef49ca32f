package org.figsite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figsite.diag.Problem;
import org.figsite.diag.Severity;
import org.figsite.diag.SourcePos;

/**
 * Warns about a plain value cut short by {@code " #"}, which YAML reads as the start of a comment:
 * {@code figtitle: Figure #3 shows} gives the title "Figure". Valid YAML, so a warning, and only
 * for a {@code #} right after one space and right before text ({@code #3}); a comment written the
 * usual way ({@code value  # note}) is left alone.
 */
public final class CommentedValues {
  private CommentedValues() {}

  /** A key or list item on one line with a plain value, then " #" and text. */
  private static final Pattern CUT =
      Pattern.compile("^( *(?:- +)*)(?:('[^']*'|\"[^\"]*\"|[^\\s'\"#:\\-][^:]*?) *: +)?([^\\s'\"#\\[{|>&*!%@`][^#]*?[^ ]) #(\\S.*)$");

  /** The warnings for one front matter; none (and no work) when it has no {@code " #"}. */
  public static List<Problem> find(FrontMatter fm) {
    String yaml = fm.yaml();
    if (yaml.indexOf(" #") < 0) return List.of();
    List<Problem> out = new ArrayList<>();
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.indexOf(" #") < 0) continue;
      Matcher m = CUT.matcher(line);
      if (!m.matches() || (m.group(2) == null && !m.group(1).strip().startsWith("-"))) continue;
      int hash = m.start(4) - 1;
      SourcePos pos = new SourcePos(fm.source().displayPath(), fm.yamlFirstLine() + i, hash + 1);
      String whole = line.substring(m.start(3));
      String what = m.group(2) != null ? "the value of '" + m.group(2) + "'" : "the list item";
      String fix = m.group(2) != null ? m.group(2) + ": " + quoted(whole) : "- " + quoted(whole);
      out.add(new Problem(Severity.WARNING, pos,
          "' #' starts a YAML comment: " + what + " is \"" + shorter(m.group(3)) + "\" and the rest of the line is dropped",
          line, "quote the value to keep the '#': " + fix));
    }
    return out;
  }

  private static String shorter(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "..." : v;
  }

  private static String quoted(String v) {
    return YamlMistakes.singleQuoted(v);
  }
}
