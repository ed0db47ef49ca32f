package org.figsite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server-sent event stream browsers listen to for "reload" and "problems" events. Each
 * connected browser has its own queue, written by its own request thread, so a slow or vanished
 * browser never holds up a rebuild. Each open stream holds a connection and its thread, so there
 * may be only so many at once; one more is answered 503 (the page itself still works).
 */
final class ReloadEvents implements LocalHttpServer.Handler {
  static final String PATH = "/__figsite/livereload";

  /** A comment line (ignored by browsers) sent every so often, so a closed connection is noticed. */
  private static final long HEARTBEAT_SECONDS = 15;
  private static final String END = "";

  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private final Supplier<List<String>> currentProblems;
  private final Semaphore places;
  private final int maxStreams;
  private volatile boolean closed;

  /**
   * @param currentProblems what the last build reported, sent to a browser as soon as it connects
   * @param maxStreams how many streams may be open at once
   */
  ReloadEvents(Supplier<List<String>> currentProblems, int maxStreams) {
    this.currentProblems = currentProblems;
    this.places = new Semaphore(maxStreams);
    this.maxStreams = maxStreams;
  }

  void sendReload() {
    send(format("reload", "built"));
  }

  void sendProblems(List<String> problems) {
    send(format("problems", String.join("\n", problems)));
  }

  /** Ends every open stream; browsers retry, and find the server gone. */
  void close() {
    closed = true;
    for (BlockingQueue<String> q : clients) q.offer(END);
  }

  @Override
  public void handle(Exchange ex) throws IOException {
    if (!ex.method().equals("GET")) {
      ex.header("Allow", "GET");
      ex.respond(405, 0);
      return;
    }
    if (!places.tryAcquire()) {
      ex.closeAfter(); // gives its place back at once
      ex.respondText(503, "503 too many live-reload streams (limit " + maxStreams + "): this page will not "
          + "reload by itself; close other tabs of this preview, or restart figsite serve with a higher "
          + "--max-connections\n");
      return;
    }
    try {
      ex.header("Content-Type", "text/event-stream; charset=utf-8");
      ex.header("Cache-Control", "no-store");
      ex.respondStreaming(200);
      BlockingQueue<String> queue = new LinkedBlockingQueue<>();
      clients.add(queue);
      try {
        stream(queue, ex.body());
      } finally {
        clients.remove(queue);
      }
    } finally {
      places.release();
    }
  }

  private void stream(BlockingQueue<String> queue, OutputStream out) {
    try {
      // Registered before this first write, so whoever reads it knows later events will reach it.
      write(out, ": connected\nretry: 1000\n\n");
      List<String> problems = currentProblems.get();
      if (!problems.isEmpty()) write(out, format("problems", String.join("\n", problems)));
      while (!closed) {
        String message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        if (message == null) write(out, ": ping\n\n");
        else if (message.equals(END)) return;
        else write(out, message);
      }
    } catch (IOException e) {
      // The browser went away (page closed or reloaded): nothing more to send it.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(String message) {
    for (BlockingQueue<String> q : clients) q.offer(message);
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** One event; every line of the data gets its own "data:" field, as the format requires. */
  static String format(String event, String data) {
    StringBuilder sb = new StringBuilder("event: ").append(event).append('\n');
    for (String line : data.split("\r\n|\r|\n", -1)) sb.append("data: ").append(line).append('\n');
    return sb.append('\n').toString();
  }
}
