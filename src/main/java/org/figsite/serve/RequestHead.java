package org.figsite.serve;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The request line and headers of one HTTP/1.x request, read with fixed bounds: a request's body
 * is never read (the preview answers GET and HEAD only).
 *
 * @param rawPath the path as sent, still percent-encoded; always starts with "/"
 * @param rawQuery the query as sent, or null when there is none
 * @param headers header values by lower-case name, in the order sent
 */
record RequestHead(String method, String rawPath, String rawQuery, String version, Map<String, List<String>> headers) {
  /** Bytes a request line and its headers may take together. */
  static final int MAX_BYTES = 16 * 1024;
  /** Header lines a request may have. */
  static final int MAX_HEADERS = 100;

  /** A request that cannot be answered as asked: the status to answer with, and why. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Malformed(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /**
   * Reads the next request head; empty when the client closed the connection before sending one.
   *
   * @throws EOFException if the connection ends in the middle of a head
   */
  static Optional<RequestHead> read(InputStream in) throws IOException, Malformed {
    int[] budget = {MAX_BYTES};
    String requestLine;
    do {
      requestLine = line(in, budget, true);
      if (requestLine == null) return Optional.empty();
    } while (requestLine.isEmpty()); // a client may send a blank line between requests
    Map<String, List<String>> headers = new LinkedHashMap<>();
    int count = 0;
    String h;
    while (!(h = line(in, budget, false)).isEmpty()) {
      if (++count > MAX_HEADERS) throw new Malformed(431, "more than " + MAX_HEADERS + " header lines");
      int colon = h.indexOf(':');
      if (colon <= 0 || h.charAt(0) == ' ' || h.charAt(0) == '\t' || h.substring(0, colon).contains(" ")
          || h.substring(0, colon).contains("\t")) {
        throw new Malformed(400, "malformed header line");
      }
      headers.computeIfAbsent(h.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(h.substring(colon + 1).strip());
    }
    return Optional.of(parse(requestLine, headers));
  }

  private static RequestHead parse(String requestLine, Map<String, List<String>> headers) throws Malformed {
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty()) throw new Malformed(400, "malformed request line");
    if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
      throw new Malformed(505, "only HTTP/1.0 and HTTP/1.1 are spoken here");
    }
    String target = parts[1];
    // Only a path: the absolute form ("http://host/path") is for proxies, and the Host header says where a request goes.
    if (!target.startsWith("/")) throw new Malformed(400, "the request target must be a path starting with /");
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String query = q < 0 ? null : target.substring(q + 1);
    return new RequestHead(parts[0], path, query, parts[2], headers);
  }

  /**
   * One line without its CR LF (a bare LF also ends it). The request line is read as UTF-8, as some
   * clients send unescaped non-ASCII paths; header lines as ISO-8859-1, byte for byte.
   * Returns null only when the stream ends before the first byte of a request line.
   */
  private static String line(InputStream in, int[] budget, boolean first) throws IOException, Malformed {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (first && bytes.size() == 0) return null;
        throw new EOFException("connection closed in the middle of a request head");
      }
      if (--budget[0] < 0) throw new Malformed(431, "request head longer than " + MAX_BYTES + " bytes");
      if (b == '\n') break;
      bytes.write(b);
    }
    byte[] raw = bytes.toByteArray();
    int n = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
    return new String(raw, 0, n, first ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  /** The values of a header (empty if absent). */
  List<String> header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** Whether the client asked to keep the connection open after this request (HTTP/1.1 does unless told not to). */
  boolean keepAlive() {
    if (!version.equals("HTTP/1.1")) return false;
    for (String v : header("connection")) {
      for (String token : v.split(",")) if (token.strip().equalsIgnoreCase("close")) return false;
    }
    return true;
  }

  /** Whether a body follows the head; it is never read, so the connection is closed after the answer. */
  boolean hasBody() {
    if (!header("transfer-encoding").isEmpty()) return true;
    return header("content-length").stream().anyMatch(v -> !v.equals("0"));
  }
}
