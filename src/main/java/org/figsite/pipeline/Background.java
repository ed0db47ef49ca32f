package org.figsite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A read started early on a thread of its own, so that it runs while the build does other work:
 * an incremental build of 100,000 records spends most of its time stat-ing record files and
 * reading its cache, and neither needs the configuration or the templates.
 */
final class Background<T> {
  interface Read<T> {
    T run() throws IOException;
  }

  private final CompletableFuture<T> future = new CompletableFuture<>();

  private Background() {}

  /**
   * Starts {@code read} on a thread named {@code name}, or runs it now when {@code inline} (a
   * build of one thread, {@code --threads 1}, runs nothing beside its main thread).
   */
  static <T> Background<T> start(String name, boolean inline, Read<T> read) {
    Background<T> b = new Background<>();
    if (inline) {
      b.run(read);
      return b;
    }
    Thread t = new Thread(() -> b.run(read), name);
    t.setDaemon(true);
    t.start();
    return b;
  }

  private void run(Read<T> read) {
    try {
      future.complete(read.run());
    } catch (Throwable e) {
      future.completeExceptionally(e);
    }
  }

  /** Waits for the result; the read's IOException is thrown as it was. */
  T get() throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) throw io;
      if (c instanceof UncheckedIOException u) throw u.getCause();
      if (c instanceof RuntimeException r) throw r;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }
}
