package org.figsite.serve;

import java.io.IOException;

/**
 * The thread that runs a {@link SourceWatcher}'s loop, and the one way to stop both: close the
 * watcher, interrupt the thread (abandoning a rebuild under way), then wait for it briefly.
 */
final class WatchLoop implements AutoCloseable {
  /** Long enough for a build cut short to discard its staging folder before the server is gone. */
  private static final long STOP_WAIT_MILLIS = 5_000;

  private final SourceWatcher watcher;
  private final Thread thread;

  private WatchLoop(SourceWatcher watcher, Thread thread) {
    this.watcher = watcher;
    this.thread = thread;
  }

  /** Runs {@code onChange} once per burst of changes, on a daemon thread, until {@link #close}. */
  static WatchLoop start(SourceWatcher watcher, Runnable onChange) {
    Thread thread = new Thread(() -> watcher.watch(onChange), "figsite-watch");
    thread.setDaemon(true);
    thread.start();
    return new WatchLoop(watcher, thread);
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      // closing a watch service only releases its handle; nothing is lost if that fails
    }
    thread.interrupt();
    try {
      thread.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
