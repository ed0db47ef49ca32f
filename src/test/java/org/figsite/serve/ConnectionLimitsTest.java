package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's bounds, over real sockets: how many connections, how many live-reload streams, and
 * how long a client may take to send a request. The timeouts are short here so the tests are quick;
 * each wait below is a bound on a failure, not a measurement.
 */
class ConnectionLimitsTest {
  /** Far longer than any timeout set below: a connection still open after this was never going to be closed. */
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @TempDir Path tmp;
  @AutoClose ServedSite served;
  final List<Socket> sockets = new ArrayList<>();

  @AfterEach
  void closeSockets() throws IOException {
    for (Socket s : sockets) s.close();
  }

  private Http start(ServerLimits limits) throws IOException {
    served = new FakeSite(tmp).write("index.html", "<html><body>home</body></html>").serve("", limits);
    return served.http;
  }

  @Test
  void closesAClientThatTricklesItsRequestHead() throws Exception {
    start(new ServerLimits(8, 4, Duration.ofMillis(500), Duration.ofSeconds(30)));
    Socket s = open();
    OutputStream out = s.getOutputStream();
    out.write(("GET / HTTP/1.1\r\nHost: localhost:" + served.port() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    s.setSoTimeout(100);
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    int headers = 0;
    boolean closed = false;
    // One more header line every 100 ms, never the blank line that ends the head.
    while (!closed && System.nanoTime() < deadline) {
      try {
        out.write(("X-Slow-" + headers++ + ": a\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        closed = s.getInputStream().read() < 0;
      } catch (SocketTimeoutException e) {
        // still open: trickle on
      } catch (IOException e) {
        closed = true; // reset by the server
      }
    }
    assertThat(closed).as("connection closed while its head was still trickling in").isTrue();
    assertThat(headers).as("header lines the server accepted before closing").isGreaterThan(1);
  }

  @Test
  void closesAConnectionThatSendsNothing() throws Exception {
    start(new ServerLimits(8, 4, Duration.ofMillis(500), Duration.ofSeconds(30)));
    Socket s = open();
    s.setSoTimeout((int) PATIENCE.toMillis());
    assertThat(s.getInputStream().read()).as("end of stream: the server closed it").isEqualTo(-1);
  }

  @Test
  void closesAKeepAliveConnectionThatStaysIdleAfterAResponse() throws Exception {
    start(new ServerLimits(8, 4, Duration.ofMillis(500), Duration.ofSeconds(30)));
    Socket s = open();
    s.setSoTimeout((int) PATIENCE.toMillis());
    s.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: localhost:" + served.port() + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    assertThat(response).startsWith("HTTP/1.1 200 ").contains("home");
  }

  @Test
  void closesAClientThatStopsReadingItsResponse() throws Exception {
    int size = 32 << 20; // far more than the socket buffers between here and the server hold
    Path big = tmp.resolve("content/big.bin");
    Files.createDirectories(big.getParent());
    Files.write(big, new byte[size]);
    Http http = start(new ServerLimits(2, 1, Duration.ofSeconds(60), Duration.ofMillis(500)));
    Socket reader = new Socket();
    sockets.add(reader);
    reader.setReceiveBufferSize(64 * 1024);
    reader.connect(new InetSocketAddress("127.0.0.1", served.port()));
    reader.getOutputStream().write(("GET /big.bin HTTP/1.1\r\nHost: localhost:" + served.port() + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    stall(open()); // takes the other place, so a request gets one only when the reader's is given back

    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String answer = http.raw("/index.html");
    while (!answer.startsWith("HTTP/1.1 200 ") && System.nanoTime() < deadline) {
      assertThat(answer).startsWith("HTTP/1.1 503 ");
      Thread.sleep(100);
      answer = http.raw("/index.html");
    }
    assertThat(answer).as("a request once the stalled reader's place is free").startsWith("HTTP/1.1 200 ");
    long received = 0;
    reader.setSoTimeout((int) PATIENCE.toMillis());
    try (InputStream in = reader.getInputStream()) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) >= 0; ) received += n;
    } catch (IOException e) {
      // reset by the server: what arrived before it is all there is
    }
    assertThat(received).as("bytes the stalled reader got").isLessThan(size);
  }

  @Test
  void refusesConnectionsBeyondTheLimitWithoutStartingMoreThreads() throws Exception {
    int max = 4;
    Http http = start(new ServerLimits(max, 2, Duration.ofSeconds(60), Duration.ofSeconds(30)));
    // Connections that hold their place (and, in a thread-per-connection server, a thread).
    for (int i = 0; i < max; i++) stall(open());
    for (int i = 0; i < 6; i++) {
      Socket extra = open();
      stall(extra);
      extra.setSoTimeout((int) PATIENCE.toMillis());
      String response = new String(extra.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(response).startsWith("HTTP/1.1 503 ").contains("too many open connections (limit " + max + ")");
    }
    assertThat(requestThreads()).as("request threads of this server").isLessThanOrEqualTo(max);

    // Places are given back as connections close.
    for (Socket s : sockets) s.close();
    sockets.clear();
    assertThat(http.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesLiveReloadStreamsBeyondTheLimitAndStillServesPages() throws Exception {
    Http http = start(new ServerLimits(8, 2, Duration.ofSeconds(60), Duration.ofSeconds(30)));
    try (EventStreamClient a = new EventStreamClient(http.uri(ReloadEvents.PATH));
        EventStreamClient b = new EventStreamClient(http.uri(ReloadEvents.PATH))) {
      a.awaitConnected();
      b.awaitConnected();
      String third = http.raw(ReloadEvents.PATH);
      assertThat(third).startsWith("HTTP/1.1 503 ").contains("too many live-reload streams (limit 2)");
      assertThat(http.get("/").body()).contains("home");
    }
  }

  private Socket open() throws IOException {
    Socket s = new Socket("127.0.0.1", served.port());
    sockets.add(s);
    return s;
  }

  /** Sends the first line of a request and no more. */
  private void stall(Socket s) throws IOException {
    s.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
  }

  private long requestThreads() {
    String prefix = "figsite-http-" + served.port() + "-";
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith(prefix) && !t.getName().endsWith("-accept") && !t.getName().endsWith("-timer"))
        .count();
  }
}
