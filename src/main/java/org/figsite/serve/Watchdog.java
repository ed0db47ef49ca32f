package org.figsite.serve;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose read or write has gone on too long. Blocking socket I/O has no
 * deadline of its own (a read timeout restarts with every byte, so a client trickling one byte a
 * second would never hit it); closing the socket from here ends the blocked call at once.
 */
final class Watchdog implements AutoCloseable {
  private final ScheduledThreadPoolExecutor timer;

  Watchdog(String threadName) {
    timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

  /** Closes the socket after the given time, unless the returned task is cancelled first. */
  ScheduledFuture<?> closeAfter(Socket socket, Duration d) {
    return timer.schedule(() -> closeQuietly(socket), d.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Runs a short task on the timer thread after the given time. */
  void later(Duration d, Runnable task) {
    timer.schedule(task, d.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The socket's output, each write bounded by the timeout. */
  OutputStream guard(Socket socket, Duration timeout) throws IOException {
    return new FilterOutputStream(socket.getOutputStream()) {
      /** Large writes go in pieces, so a slow but steady reader is not cut off. */
      private static final int PIECE = 64 * 1024;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int at = off; at < off + len; at += PIECE) {
          ScheduledFuture<?> deadline = closeAfter(socket, timeout);
          try {
            out.write(b, at, Math.min(PIECE, off + len - at));
          } finally {
            deadline.cancel(false);
          }
        }
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }
    };
  }

  static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed or reset: nothing more to release
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
