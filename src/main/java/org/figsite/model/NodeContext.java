package org.figsite.model;

import java.util.ArrayList;
import java.util.List;
import org.figsite.diag.Problem;
import org.figsite.diag.Severity;
import org.figsite.diag.SourcePos;
import org.figsite.load.FrontMatter;
import org.figsite.load.Marks;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where the nodes of one record came from, and the problems found in them so far. A value gets
 * one error, the first found: a figid written {@code "a\0b"} is reported for its control
 * character, not again as an unsafe file name.
 */
public final class NodeContext {
  private final FrontMatter fm;
  private final List<Problem> problems = new ArrayList<>();
  /** The positions (line in the high half, column in the low) that have an error. */
  private final java.util.Set<Long> errorsAt = new java.util.HashSet<>();

  public NodeContext(FrontMatter fm) {
    this.fm = fm;
  }

  public String file() {
    return fm.source().displayPath();
  }

  public SourcePos pos(Node node) {
    return Marks.pos(file(), fm.yamlFirstLine(), node.getStartMark());
  }

  public void error(Node node, String message, String hint) {
    SourcePos p = pos(node);
    if (!errorsAt.add(((long) p.line() << 32) | p.col())) return;
    problems.add(new Problem(Severity.ERROR, p, message, fm.source().line(p.line()), hint));
  }

  public void warn(Node node, String message, String hint) {
    SourcePos p = pos(node);
    problems.add(new Problem(Severity.WARNING, p, message, fm.source().line(p.line()), hint));
  }

  public void errorAtFile(String message, String hint) {
    SourcePos p = new SourcePos(file(), 1, 1);
    problems.add(new Problem(Severity.ERROR, p, message, fm.source().line(1), hint));
  }

  public List<Problem> problems() {
    return problems;
  }

  public boolean hasErrors() {
    for (Problem p : problems) if (p.isError()) return true;
    return false;
  }
}
