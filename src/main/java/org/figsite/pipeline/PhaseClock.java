package org.figsite.pipeline;

import java.io.PrintStream;

/**
 * Prints how long each stage of a build took, when the JVM runs with {@code
 * -Dfigsite.timings=true}: for profiling builds at scale, not for users.
 */
final class PhaseClock {
  private final PrintStream out;
  private final long start = System.nanoTime();
  private long last = start;

  private PhaseClock(PrintStream out) {
    this.out = out;
  }

  static PhaseClock fromSystemProperty() {
    return new PhaseClock(Boolean.getBoolean("figsite.timings") ? System.err : null);
  }

  void mark(String phase) {
    if (out == null) return;
    long now = System.nanoTime();
    out.printf(java.util.Locale.ROOT, "figsite timing: %-28s %7.0f ms  (total %7.0f ms)%n", phase, (now - last) / 1e6, (now - start) / 1e6);
    last = now;
  }
}
