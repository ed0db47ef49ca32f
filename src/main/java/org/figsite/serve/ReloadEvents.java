package org.figsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server-sent event stream browsers listen to for "reload" and "problems" events. Each
 * connected browser has its own queue, written by its own request thread, so a slow or vanished
 * browser never holds up a rebuild.
 */
final class ReloadEvents implements HttpHandler {
  static final String PATH = "/__figsite/livereload";

  /** A comment line (ignored by browsers) sent every so often, so a closed connection is noticed. */
  private static final long HEARTBEAT_SECONDS = 15;
  private static final String END = "";

  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private final Supplier<List<String>> currentProblems;
  private volatile boolean closed;

  /** @param currentProblems what the last build reported, sent to a browser as soon as it connects */
  ReloadEvents(Supplier<List<String>> currentProblems) {
    this.currentProblems = currentProblems;
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
  public void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("GET")) {
        ex.getResponseHeaders().set("Allow", "GET");
        ex.sendResponseHeaders(405, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.sendResponseHeaders(200, 0);
      BlockingQueue<String> queue = new LinkedBlockingQueue<>();
      clients.add(queue);
      try {
        stream(queue, ex.getResponseBody());
      } finally {
        clients.remove(queue);
      }
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
