package org.figsite.check;

import java.util.Optional;
import java.util.function.Supplier;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.Severity;
import org.figsite.diag.SourcePos;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Reports the problems of one output page where they can be fixed: at the figure record's
 * {@code figid:} line when the page was made from a record, otherwise at the element's line and
 * column in the output file. Used by one thread, for one page.
 */
final class PageReporter {
  private final Problems problems;
  private final String page;
  private final String outputFile;
  private final String html;
  private final Supplier<Optional<RecordSource>> findRecord;
  private Optional<RecordSource> record;

  /**
   * @param page the site path, e.g. {@code /figures/X.html}
   * @param outputFile the page's file as problems print it, e.g. {@code site-output/figures/X.html}
   * @param html the page's text, for showing the offending line
   * @param findRecord finds the page's record; called once, at the first problem, so that clean
   *     pages cost no look-up
   */
  PageReporter(Problems problems, String page, String outputFile, String html,
      Supplier<Optional<RecordSource>> findRecord) {
    this.problems = problems;
    this.page = page;
    this.outputFile = outputFile;
    this.html = html;
    this.findRecord = findRecord;
  }

  void error(Node at, String message, String hint) {
    report(Severity.ERROR, at, message, hint);
  }

  void warning(Node at, String message, String hint) {
    report(Severity.WARNING, at, message, hint);
  }

  private void report(Severity severity, Node at, String message, String hint) {
    problems.add(problem(severity, at, message, hint));
  }

  /** The problem as {@link #error} and {@link #warning} report it, for a caller that groups them. */
  Problem problem(Severity severity, Node at, String message, String hint) {
    SourcePos output = outputPos(at);
    if (record == null) record = findRecord.get();
    if (record.isPresent()) {
      RecordSource r = record.get();
      String where = "found at " + output;
      return new Problem(severity, r.pos(), message + " on " + page.substring(1), r.lineText(),
          hint.isEmpty() ? where : hint + " (" + where + ")");
    }
    return new Problem(severity, output, message, lineOf(output.line()), hint);
  }

  /** The page's site path, e.g. {@code /figures/X.html}. */
  String page() {
    return page;
  }

  private SourcePos outputPos(Node at) {
    Range range = at == null ? null : at.sourceRange();
    if (range == null || !range.isTracked() || range.isImplicit()) return SourcePos.ofFile(outputFile);
    return new SourcePos(outputFile, range.start().lineNumber(), range.start().columnNumber());
  }

  private String lineOf(int line) {
    if (line <= 0) return "";
    int start = 0;
    for (int n = 1; n < line; n++) {
      start = html.indexOf('\n', start) + 1;
      if (start == 0) return "";
    }
    int end = html.indexOf('\n', start);
    String text = end < 0 ? html.substring(start) : html.substring(start, end);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
