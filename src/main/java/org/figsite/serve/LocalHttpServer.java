package org.figsite.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server for the preview, with bounds the JDK's built-in server lacks in Java 17:
 * at most {@link ServerLimits#maxConnections} open connections, each served by one of as many
 * threads (one more connection is answered 503 and closed, without a thread); a deadline for each
 * request head, which closes idle and trickling connections; a deadline for each write; and a Host
 * check ({@link HostCheck}) before any handler runs. Keep-alive and chunked responses are supported;
 * request bodies are not read (the connection is closed after answering a request that has one).
 */
final class LocalHttpServer implements AutoCloseable {
  /** Answers one request; the server ends the response and decides whether the connection goes on. */
  @FunctionalInterface
  interface Handler {
    void handle(Exchange ex) throws IOException;
  }

  /** How long a closing connection waits for the client to finish sending, so that our answer is not lost to a reset. */
  private static final Duration LINGER = Duration.ofSeconds(1);
  /** Bytes a closing connection reads and discards while it lingers. */
  private static final int LINGER_BYTES = 64 * 1024;

  private final ServerSocket listener;
  private final ServerLimits limits;
  private final HostCheck hosts;
  private final String name;
  private final Semaphore places;
  private final ThreadPoolExecutor workers;
  private final Watchdog watchdog;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  private Thread acceptor;

  private LocalHttpServer(ServerSocket listener, InetSocketAddress address, ServerLimits limits) {
    this.listener = listener;
    this.limits = limits;
    this.hosts = new HostCheck(address, listener.getLocalPort());
    this.name = "figsite-http-" + listener.getLocalPort();
    this.places = new Semaphore(limits.maxConnections());
    AtomicInteger n = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(limits.maxConnections(), limits.maxConnections(), 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> daemon(r, name + "-" + n.incrementAndGet()));
    workers.allowCoreThreadTimeOut(true);
    this.watchdog = new Watchdog(name + "-timer");
  }

  /** Takes the port now (failing at once if it is in use); connections wait until {@link #start}. */
  static LocalHttpServer bind(InetSocketAddress address, ServerLimits limits) throws IOException {
    ServerSocket s = new ServerSocket();
    try {
      s.bind(address, 128);
    } catch (IOException e) {
      s.close();
      throw e;
    }
    return new LocalHttpServer(s, address, limits);
  }

  int port() {
    return listener.getLocalPort();
  }

  void start(Handler handler) {
    acceptor = daemon(() -> acceptLoop(handler), name + "-accept");
    acceptor.start();
  }

  private void acceptLoop(Handler handler) {
    while (!closed) {
      Socket s;
      try {
        s = listener.accept();
      } catch (IOException e) {
        if (closed) return;
        pause(); // out of file descriptors, say: let some connections close before trying again
        continue;
      }
      if (!places.tryAcquire()) {
        refuse(s);
        continue;
      }
      open.add(s);
      try {
        workers.execute(() -> serve(s, handler));
      } catch (RejectedExecutionException e) {
        open.remove(s); // closing down
        Watchdog.closeQuietly(s);
        places.release();
      }
    }
  }

  /** The answer to one connection too many, written without a thread of its own (a fresh socket takes it at once). */
  private void refuse(Socket s) {
    String text = "503 too many open connections (limit " + limits.maxConnections() + "): close some tabs of "
        + "this preview, or restart figsite serve with a higher --max-connections\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\nConnection: close\r\nRetry-After: 1\r\n\r\n";
    try {
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      s.shutdownOutput();
      watchdog.later(LINGER, () -> discardAndClose(s));
    } catch (IOException e) {
      Watchdog.closeQuietly(s);
    }
  }

  /**
   * Closes a refused connection after reading what it sent, without waiting for more: closing
   * with unread input resets the connection, and a reset can make the client lose the answer.
   */
  private static void discardAndClose(Socket s) {
    try {
      InputStream in = s.getInputStream();
      for (int n = in.available(); n > 0; n = in.available()) in.skipNBytes(Math.min(n, 64 * 1024));
    } catch (IOException e) {
      // reset already: nothing to save
    }
    Watchdog.closeQuietly(s);
  }

  private void serve(Socket s, Handler handler) {
    try {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = new BufferedOutputStream(watchdog.guard(s, limits.writeTimeout()), 16 * 1024);
      boolean again = true;
      while (again && !closed) {
        Optional<RequestHead> head;
        ScheduledFuture<?> deadline = watchdog.closeAfter(s, limits.requestTimeout());
        try {
          head = RequestHead.read(in);
        } catch (RequestHead.Malformed e) {
          answerMalformed(out, e);
          linger(s, in);
          return;
        } finally {
          deadline.cancel(false);
        }
        if (head.isEmpty()) return;
        again = answer(head.get(), out, handler);
        if (!again) linger(s, in);
      }
    } catch (IOException e) {
      // The client went away, or was closed by the watchdog for taking too long: nothing to answer.
    } finally {
      open.remove(s);
      Watchdog.closeQuietly(s);
      places.release();
    }
  }

  /** Answers one request; returns whether the connection may carry another. */
  private boolean answer(RequestHead head, OutputStream out, Handler handler) throws IOException {
    Exchange ex = new Exchange(head, out, !head.keepAlive() || head.hasBody());
    if (head.header("host").size() != 1) {
      ex.respondText(400, "400 bad request: a request needs exactly one Host header\n");
      ex.finish();
      return false;
    }
    if (!hosts.accepts(head.header("host"))) {
      ex.respondText(421, "421 misdirected request: figsite serve answers only requests for " + hosts.origin()
          + " (by that name, localhost, 127.0.0.1 or [::1])\n");
      ex.finish();
      return false;
    }
    try {
      handler.handle(ex);
    } catch (RuntimeException e) {
      // A bug in a handler: the client gets a 500 if nothing was sent yet, else a cut-off response.
      if (ex.started()) return false;
      ex.respondText(500, "500 internal error in figsite serve: " + e + "\n");
    }
    if (!ex.started()) ex.respondText(500, "500 internal error in figsite serve: no response\n");
    return ex.finish();
  }

  private static void answerMalformed(OutputStream out, RequestHead.Malformed e) throws IOException {
    RequestHead none = new RequestHead("GET", "/", null, "HTTP/1.1", Map.of());
    Exchange ex = new Exchange(none, out, true);
    ex.respondText(e.status, e.status + " " + e.getMessage() + "\n");
    ex.finish();
  }

  /**
   * Stops sending and reads what the client still sends, briefly, before the socket is closed:
   * closing with unread input resets the connection, and the reset can destroy the answer on its
   * way to the client.
   */
  private void linger(Socket s, InputStream in) {
    ScheduledFuture<?> deadline = watchdog.closeAfter(s, LINGER);
    try {
      s.shutdownOutput();
      byte[] buf = new byte[8192];
      int total = 0;
      int n;
      while (total < LINGER_BYTES && (n = in.read(buf)) >= 0) total += n;
    } catch (IOException e) {
      // closed by the deadline or by the client: either way, done
    } finally {
      deadline.cancel(false);
    }
  }

  /** Stops accepting, closes every open connection and ends the request threads. */
  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // the port is released either way
    }
    for (Socket s : open) Watchdog.closeQuietly(s);
    workers.shutdownNow();
    watchdog.close();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
