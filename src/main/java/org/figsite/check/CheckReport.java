package org.figsite.check;

import org.figsite.diag.Problems;

/**
 * The outcome of one check: the problems found and how much was looked at.
 *
 * @param links link and resource URLs examined ({@code href} and {@code src} attributes)
 */
public record CheckReport(Problems problems, int pages, long links, long millis) {

  public boolean passed() {
    return !problems.hasErrors();
  }

  /** Pages checked per second of wall-clock time, the number to compare across runs. */
  public double pagesPerSecond() {
    return millis <= 0 ? pages * 1000.0 : pages * 1000.0 / millis;
  }
}
