package org.figsite.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.figsite.pipeline.BuildProgress;

/**
 * A one-line progress bar on the terminal: stage, steps done of total, rate and time left. Redrawn
 * at most five times a second from whichever worker passes by, and erased at the end. Used only
 * when the error stream is a terminal, so logs and CI output stay clean.
 */
final class TerminalProgress implements BuildProgress {
  private static final long REDRAW_NANOS = 200_000_000L;
  /** Builds shorter than this show no bar at all. */
  private static final long QUIET_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  /** Monotonic nanoseconds: {@code System::nanoTime}, or a clock a test moves by hand. */
  private final LongSupplier nanoClock;
  private final long started;
  private final AtomicInteger done = new AtomicInteger();
  private volatile String stage = "";
  private volatile int total;
  private volatile long stageStarted;
  private volatile long lastDraw;
  private boolean drawn;

  TerminalProgress(PrintWriter err) {
    this(err, System::nanoTime);
  }

  TerminalProgress(PrintWriter err, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
    this.started = nanoClock.getAsLong();
    this.stageStarted = started;
  }

  /** A bar when stderr is an interactive terminal, nothing otherwise. */
  static BuildProgress forTerminal(PrintWriter err) {
    return System.console() != null && System.getenv("CI") == null ? new TerminalProgress(err) : BuildProgress.NONE;
  }

  @Override
  public void stage(String name, int steps) {
    stage = name;
    total = steps;
    done.set(0);
    stageStarted = nanoClock.getAsLong();
    maybeDraw(true);
  }

  @Override
  public void step() {
    done.incrementAndGet();
    maybeDraw(false);
  }

  @Override
  public synchronized void done() {
    if (drawn) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }

  private void maybeDraw(boolean force) {
    long now = nanoClock.getAsLong();
    if (now - started < QUIET_NANOS) return;
    if (!force && now - lastDraw < REDRAW_NANOS) return;
    synchronized (this) {
      lastDraw = now;
      int n = done.get();
      double secs = Math.max(1e-3, (now - stageStarted) / 1e9);
      double rate = n / secs;
      StringBuilder line = new StringBuilder("\r\u001b[2Kfigsite: ").append(stage);
      if (total > 0) {
        line.append(String.format(Locale.ROOT, " %,d/%,d (%d%%)", n, total, (int) (100L * n / total)));
        if (n > 0) {
          long left = (long) ((total - n) / Math.max(rate, 1e-9));
          line.append(String.format(Locale.ROOT, "  %,.0f/s  ETA %d:%02d", rate, left / 60, left % 60));
        }
      }
      err.print(line);
      err.flush();
      drawn = true;
    }
  }
}
