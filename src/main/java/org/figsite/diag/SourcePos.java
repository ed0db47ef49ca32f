package org.figsite.diag;

/**
 * A position in a source file: the path as the user gave it, and a 1-based line and column. Line
 * 0 means "the whole file" (no better position is known). The path is kept with its control
 * characters escaped, so whatever prints a position prints it safely.
 */
public record SourcePos(String file, int line, int col) implements Comparable<SourcePos> {

  /** The file as every message shows it ({@link Printable#path}): a name cannot act on the terminal. */
  public SourcePos {
    file = Printable.path(file);
  }

  public static SourcePos ofFile(String file) {
    return new SourcePos(file, 0, 0);
  }

  @Override
  public int compareTo(SourcePos o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(col, o.col);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + Math.max(col, 1) : file;
  }
}
