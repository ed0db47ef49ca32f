package org.figsite.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe, bounded collector of problems. Workers add as they go; the command line prints
 * them sorted at the end. Past the cap only the count grows, so a corpus where every record is
 * broken cannot exhaust memory.
 */
public final class Problems {
  public static final int DEFAULT_CAP = 1000;

  private final int cap;
  private final List<Problem> kept = new ArrayList<>();
  private int errors;
  private int warnings;

  public Problems() {
    this(DEFAULT_CAP);
  }

  public Problems(int cap) {
    this.cap = cap;
  }

  public synchronized void add(Problem p) {
    if (p.isError()) errors++;
    else warnings++;
    if (kept.size() < cap) kept.add(p);
  }


  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return warnings;
  }

  /** The kept problems, sorted by file, line and column. */
  public synchronized List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(kept);
    copy.sort(null);
    return copy;
  }

  /** How many problems were counted but not kept. */
  public synchronized int dropped() {
    return errors + warnings - kept.size();
  }
}
