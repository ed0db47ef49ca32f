package org.figsite.load;

import org.figsite.diag.SourcePos;
import org.yaml.snakeyaml.error.Mark;

/** Converts SnakeYAML's 0-based marks, relative to the front matter, to file positions. */
public final class Marks {
  private Marks() {}

  public static SourcePos pos(String file, int firstLine, Mark mark) {
    if (mark == null) return new SourcePos(file, firstLine, 1);
    return new SourcePos(file, firstLine + mark.getLine(), mark.getColumn() + 1);
  }
}
