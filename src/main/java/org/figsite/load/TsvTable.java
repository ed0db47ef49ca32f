package org.figsite.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.figsite.diag.Problem;
import org.figsite.diag.Severity;
import org.figsite.diag.SourcePos;

/**
 * A tab-separated data file as PFOCR writes them: one header row naming the columns, then one row
 * per line, cells split on every tab. Nothing is quoted, so {@code "} is an ordinary character (an
 * RFC 4180 reader would join cells across lines); cells are kept exactly as written, spaces and
 * all. A byte-order mark and CRLF line ends are accepted, and empty lines are skipped.
 *
 * <p>Every problem is positioned at its line and column, like a YAML error.
 */
public final class TsvTable {
  private final SourceText src;
  private final String[] header;
  private final List<String[]> rows;
  private final int[] lines;

  private TsvTable(SourceText src, String[] header, List<String[]> rows, int[] lines) {
    this.src = src;
    this.header = header;
    this.rows = rows;
    this.lines = lines;
  }

  /**
   * Splits the text into header and rows; a row whose cell count differs from the header's is a
   * problem (added to {@code problems}) and left out, as is a header that lacks a {@code required}
   * column (then the table has no rows). So is every control character but tab, LF and CR ({@link
   * ControlCharacters}), at its line and column.
   */
  public static TsvTable parse(SourceText src, List<String> required, List<Problem> problems) {
    String text = src.text();
    problems.addAll(ControlCharacters.scan(src, 0, "a cell"));
    String[] header = null;
    List<String[]> rows = new ArrayList<>();
    int[] lines = new int[16];
    int line = 0;
    int at = 0;
    boolean headerOk = true;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      if (end < 0) end = text.length();
      line++;
      int stop = end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (stop > at) {
        String[] cells = split(text, at, stop);
        if (header == null) {
          header = cells;
          headerOk = checkHeader(src, header, required, problems);
        } else if (cells.length != header.length) {
          problems.add(problem(src, line, 1, "row has " + cells.length + " column" + (cells.length == 1 ? "" : "s")
              + ", the header has " + header.length,
              "cells are separated by tabs: a tab inside a cell, or one missing, shifts the rest of the row"));
        } else if (headerOk) {
          if (rows.size() == lines.length) lines = Arrays.copyOf(lines, lines.length * 2);
          lines[rows.size()] = line;
          rows.add(cells);
        }
      }
      at = end + 1;
    }
    if (header == null) {
      problems.add(problem(src, 0, 0, "data file is empty: it needs at least a header row",
          "start it with the column names, tab-separated: " + String.join(", ", required)));
      header = new String[0];
    }
    return new TsvTable(src, header, rows, Arrays.copyOf(lines, rows.size()));
  }

  private static boolean checkHeader(SourceText src, String[] header, List<String> required, List<Problem> problems) {
    boolean ok = true;
    for (String name : required) {
      if (indexOf(header, name) < 0) {
        problems.add(problem(src, 1, 1, "data file has no column '" + name + "'",
            "the header row must name the columns " + String.join(", ", required) + ", separated by tabs"));
        ok = false;
      }
    }
    return ok;
  }

  private static String[] split(String text, int from, int to) {
    int count = 1;
    for (int i = from; i < to; i++) if (text.charAt(i) == '\t') count++;
    String[] cells = new String[count];
    int k = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\t') {
        cells[k++] = text.substring(start, i);
        start = i + 1;
      }
    }
    cells[k] = text.substring(start, to);
    return cells;
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) if (header[i].equals(name)) return i;
    return -1;
  }

  private static Problem problem(SourceText src, int line, int col, String message, String hint) {
    return new Problem(Severity.ERROR, new SourcePos(src.displayPath(), line, col), message,
        line > 0 ? src.line(line) : "", hint);
  }

  /** The column's index, or -1 when the header does not name it. */
  public int column(String name) {
    return indexOf(header, name);
  }

  public int rowCount() {
    return rows.size();
  }

  /** Row r's cell in column c, exactly as written; "" when c is -1 (a column the file lacks). */
  public String cell(int r, int c) {
    return c < 0 ? "" : rows.get(r)[c];
  }

  /** A problem at row r's cell in column c, pointing at the cell's first character. */
  public Problem problemAt(int r, int c, String message, String hint) {
    int line = lines[r];
    String text = src.line(line);
    int col = 1;
    for (int i = 0, k = 0; i < text.length() && k < c; i++) {
      if (text.charAt(i) == '\t') {
        k++;
        col = i + 2;
      }
    }
    return new Problem(Severity.ERROR, new SourcePos(src.displayPath(), line, col), message, text, hint);
  }
}
