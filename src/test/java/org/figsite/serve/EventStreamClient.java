package org.figsite.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A server-sent events client that parses the stream as a browser's EventSource does. */
final class EventStreamClient implements AutoCloseable {
  record Event(String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CountDownLatch connected = new CountDownLatch(1);
  private final Thread reader;
  private volatile InputStream body;

  EventStreamClient(URI uri) {
    reader = new Thread(() -> read(uri), "test-sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Waits for the server's greeting, after which the server will send this client every event. */
  void awaitConnected() throws InterruptedException {
    if (!connected.await(Http.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("event stream did not connect within " + Http.TIMEOUT);
    }
  }

  /** The next event with this name, skipping others; fails after the timeout. */
  Event await(String name) throws InterruptedException {
    long deadline = System.nanoTime() + Http.TIMEOUT.toNanos();
    while (true) {
      Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) throw new AssertionError("no '" + name + "' event within " + Http.TIMEOUT);
      if (e.name().equals(name)) return e;
    }
  }

  /** Whatever event arrives within the given time, or null. */
  Event poll(Duration wait) throws InterruptedException {
    return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void read(URI uri) {
    HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build();
    try {
      HttpResponse<InputStream> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofInputStream());
      body = r.body();
      BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
      String name = "message";
      StringBuilder data = null;
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith(": connected")) connected.countDown();
        if (line.isEmpty()) {
          if (data != null) events.add(new Event(name, data.toString()));
          name = "message";
          data = null;
        } else if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data = data == null ? new StringBuilder() : data.append('\n');
          data.append(line.substring(6));
        }
      }
    } catch (IOException e) {
      // closed by the test or the server
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    InputStream b = body;
    if (b != null) b.close();
    reader.interrupt();
  }
}
