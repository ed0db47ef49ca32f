package org.figsite.cli;

import java.io.PrintWriter;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.render.Theme;

/** Prints problems sorted by file and position, with a count of any that were not kept. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(Problems problems, PrintWriter err) {
    print(problems, err, false);
  }

  /** @param verbose also print each problem's detail (FreeMarker's full message, with its template stack) */
  static void print(Problems problems, PrintWriter err, boolean verbose) {
    for (Problem p : problems.sorted()) {
      // With --verbose the detail is printed: a hint to run with --verbose would send the reader in a circle.
      err.println(verbose ? (p.hint().equals(Theme.VERBOSE_HINT) ? p.withHint("") : p).formatWithDetail() : p.format());
    }
    if (problems.dropped() > 0) {
      err.println("figsite: " + problems.dropped() + " more problem(s) not shown");
    }
    err.flush();
  }
}
