package org.figsite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and its response. The handler sets headers, then starts the response either with
 * its length ({@link #respond}) or as a stream of unknown length ({@link #respondStreaming}, sent
 * chunked), and writes the body to {@link #body}.
 */
final class Exchange {
  private final RequestHead request;
  private final OutputStream out;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private boolean closeAfter;
  private OutputStream body;
  private long remaining;
  private boolean chunked;

  /** @param out the connection's (buffered) output; the answer is flushed by {@link #finish} */
  Exchange(RequestHead request, OutputStream out, boolean closeAfter) {
    this.request = request;
    this.out = out;
    this.closeAfter = closeAfter;
  }

  String method() {
    return request.method();
  }

  String rawPath() {
    return request.rawPath();
  }

  /** The query as sent, or null. */
  String rawQuery() {
    return request.rawQuery();
  }

  /** Closes the connection after this response; call before the response starts. */
  void closeAfter() {
    closeAfter = true;
  }

  /** Sets a response header; call before the response starts. */
  void header(String name, String value) {
    headers.put(name, value);
  }

  /**
   * Starts a response whose body has this many bytes. For HEAD the length is sent but no body:
   * the handler writes none.
   */
  void respond(int status, long length) throws IOException {
    headers.put("Content-Length", Long.toString(length));
    remaining = request.method().equals("HEAD") ? 0 : length;
    start(status);
  }

  /** Starts a response of unknown length, sent in chunks until {@link #finish}. */
  void respondStreaming(int status) throws IOException {
    headers.put("Transfer-Encoding", "chunked");
    chunked = true;
    start(status);
  }

  /** The whole of a short plain-text answer. */
  void respondText(int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    header("Content-Type", "text/plain; charset=utf-8");
    header("X-Content-Type-Options", "nosniff");
    header("Cache-Control", "no-store");
    respond(status, bytes.length);
    if (remaining > 0) body().write(bytes);
  }

  /** Where the body goes; closing it only flushes. */
  OutputStream body() {
    if (body == null) throw new IllegalStateException("the response has not started");
    return body;
  }

  boolean started() {
    return body != null;
  }

  /**
   * Ends the response. Returns whether the connection can carry another request: not when the
   * handler wrote less (or more) than it announced, which leaves the client unable to tell where
   * this response ends.
   */
  boolean finish() throws IOException {
    if (chunked) out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return !closeAfter && remaining == 0;
  }

  private void start(int status) throws IOException {
    if (body != null) throw new IllegalStateException("the response has already started");
    if (closeAfter) headers.put("Connection", "close");
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    body = chunked ? new Chunks() : new Counted();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 421 -> "Misdirected Request";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      case 505 -> "HTTP Version Not Supported";
      default -> "Status";
    };
  }

  /**
   * A body written to the connection: one byte is written as an array of one, and closing only
   * flushes, since the connection outlives the response. The two framings differ in their
   * {@code write(byte[], int, int)} alone.
   */
  private abstract class Body extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** A body of announced length: writing past it is a bug in the handler. */
  private final class Counted extends Body {
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > remaining) throw new IOException("response body longer than its Content-Length");
      out.write(b, off, len);
      remaining -= len;
    }
  }

  /** A body in chunks, each write one chunk. */
  private final class Chunks extends Body {
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len == 0) return;
      out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(b, off, len);
      out.write('\r');
      out.write('\n');
    }
  }
}
