package org.figsite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.figsite.load.RecordFiles;
import org.figsite.render.Theme;
import org.figsite.write.OutputFolder;

/**
 * The one worker pool of a build, of {@code --threads} threads: every parallel step (listing the
 * records, the figure pages, stubs, gene pages, the listings beside them) runs on it, so with
 * {@code --threads 1} one worker thread does all of it while the main thread waits: never two at
 * once. Failures of the work are unwrapped here, once.
 *
 * <p>Each step waits, however it ends, until no worker is running any more of its work: nothing
 * may write into the staging folder after the caller has thrown it away or released the lock.
 */
final class Workers implements AutoCloseable, RecordFiles.Loop {
  /** One iteration of a loop over pages; each writes its own files. */
  interface Body {
    void run(int i) throws IOException, Theme.TemplateProblem;
  }

  /** Work handed to a thread of the pool while the caller does something else. */
  interface Job {
    void run() throws IOException, Theme.TemplateProblem;
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ForkJoinPool pool;
  private final int threads;
  /** The threads that have run work, for {@code --verbose} and the test of {@code --threads 1}. */
  private final Set<Thread> used = ConcurrentHashMap.newKeySet();

  Workers(int threads) {
    this.threads = Math.max(1, threads);
    int n = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    this.pool = new ForkJoinPool(this.threads, p -> {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
      t.setName("figsite-worker-" + n + "-" + thread.incrementAndGet());
      return t;
    }, null, false);
  }

  int threads() {
    return threads;
  }

  /** How many distinct threads have run this build's work so far. */
  int threadsUsed() {
    return used.size();
  }

  /** Runs {@code body} for 0 ≤ i < n; the first failure stops the iterations not yet begun and is rethrown. */
  void forEach(int n, Body body) throws IOException, Theme.TemplateProblem {
    try {
      run(IntStream.range(0, n), body::run);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
  }

  /** Runs {@code body} for each of {@code which}, like {@link #forEach}; waiting for it can be interrupted. */
  void forEachOf(int[] which, IntConsumer body) throws IOException, InterruptedException {
    try {
      run(IntStream.of(which), body::accept);
    } catch (Theme.TemplateProblem e) {
      throw new IllegalStateException("a template problem escaped its record", e);
    }
  }

  /** For {@link RecordFiles}: its loop body reports its own I/O failures. */
  @Override
  public void forEachIndex(int n, IntConsumer body) throws IOException {
    try {
      run(IntStream.range(0, n), body::accept);
    } catch (Theme.TemplateProblem e) {
      throw new IllegalStateException("a template problem escaped the listing", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
  }

  /** Starts {@code job} on the pool; {@link Started#await} waits for it and rethrows its failure. */
  Started start(Job job) {
    ForkJoinTask<?> task = pool.submit(() -> {
      note();
      try {
        job.run();
      } catch (IOException | Theme.TemplateProblem | RuntimeException | Error e) {
        throw new Carried(e);
      }
    });
    return new Started(task);
  }

  /** A job running on the pool. */
  final class Started {
    private final ForkJoinTask<?> task;

    private Started(ForkJoinTask<?> task) {
      this.task = task;
    }

    /** Waits for the job, even when interrupted, and rethrows what it threw. */
    void await() throws IOException, Theme.TemplateProblem {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            task.get();
            return;
          } catch (InterruptedException e) {
            interrupted = true;
          } catch (ExecutionException e) {
            throw unwrap(e);
          }
        }
      } finally {
        if (interrupted) Thread.currentThread().interrupt();
      }
    }
  }

  private void note() {
    Thread t = Thread.currentThread();
    if (!used.contains(t)) used.add(t);
  }

  /**
   * Runs {@code body} over {@code indexes} on the pool and waits. The first failure stops the
   * iterations not yet begun; however it ended (a failure, Ctrl-C), those running finish before
   * this returns: not an interrupt, which would make an interrupted write one more, misleading, error.
   */
  private void run(IntStream indexes, Body body)
      throws IOException, Theme.TemplateProblem, InterruptedException {
    Gate gate = new Gate();
    ForkJoinTask<?> task = pool.submit(() -> indexes.parallel().forEach(i -> {
      if (!gate.enter()) return;
      try {
        note();
        body.run(i);
      } catch (IOException | Theme.TemplateProblem | RuntimeException | Error e) {
        gate.stop();
        throw new Carried(e);
      } finally {
        gate.exit();
      }
    }));
    try {
      task.get();
    } catch (ExecutionException e) {
      throw unwrap(e);
    } finally {
      // A failed loop completes as soon as one iteration fails, while others still run.
      gate.closeAndAwait(TimeUnit.SECONDS.toNanos(OutputFolder.SHUTDOWN_GRACE_SECONDS));
    }
  }

  /** Counts the iterations running; once closed, lets no more begin. */
  private static final class Gate {
    private int running;
    private boolean closed;

    synchronized boolean enter() {
      if (closed) return false;
      running++;
      return true;
    }

    synchronized void exit() {
      if (--running == 0 && closed) notifyAll();
    }

    synchronized void stop() {
      closed = true;
    }

    /** Closes the gate and waits, uninterruptibly and at most {@code nanos}, for those inside to leave. */
    synchronized void closeAndAwait(long nanos) {
      closed = true;
      long deadline = System.nanoTime() + nanos;
      boolean interrupted = false;
      while (running > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) break;
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  /**
   * The one place a worker's failure becomes the caller's: the work's own exception, found in the
   * cause chain (the pool may wrap it in a copy made for the waiting thread).
   */
  private static RuntimeException unwrap(ExecutionException e) throws IOException, Theme.TemplateProblem {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof Carried c) {
        Throwable w = c.getCause();
        if (w instanceof IOException io) throw io;
        if (w instanceof UncheckedIOException u) throw u.getCause();
        if (w instanceof Theme.TemplateProblem tp) throw tp;
        if (w instanceof RuntimeException r) throw r;
        if (w instanceof Error err) throw err;
      }
      if (t instanceof UncheckedIOException u) throw u.getCause();
    }
    Throwable c = e.getCause();
    if (c instanceof Error err) throw err;
    if (c instanceof RuntimeException r) throw r;
    throw new IllegalStateException("a worker failed", c);
  }

  /** Carries a worker's failure, checked or not, through the pool unchanged. */
  private static final class Carried extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Carried(Throwable cause) {
      super(cause);
    }
  }

  /** Lets the running work finish, then stops the threads. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(OutputFolder.SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
