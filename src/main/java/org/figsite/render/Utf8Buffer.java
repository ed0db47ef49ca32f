package org.figsite.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An unsynchronised writer that encodes to UTF-8 as text arrives. FreeMarker writes a page in
 * thousands of small pieces; collecting them in a StringBuilder and encoding at the end made the
 * builder switch to two bytes per character at the first non-Latin-1 letter (a "γ" in a title) and
 * then encode every character again, which together cost about a tenth of rendering.
 *
 * <p>The bytes are exactly what {@code String.getBytes(UTF_8)} gives for the same text, including
 * its '?' for an unpaired surrogate.
 *
 * <p>Given a drain, it passes its bytes on whenever its buffer is full instead of growing it: a
 * page of any size is then rendered in a buffer of fixed size (a gene page of a million-figure
 * site is some 70 MB).
 */
final class Utf8Buffer extends Writer {
  /** Pieces at least this long are encoded by the JDK in one call. */
  private static final int BULK = 24;

  /** Where full buffers go, or null to keep everything. */
  private final OutputStream drain;
  private byte[] buf;
  private int len;
  /** A high surrogate waiting for the low one, which may come in the next call; 0 when none. */
  private char pendingHigh;

  Utf8Buffer(int capacity) {
    this(capacity, null);
  }

  Utf8Buffer(int capacity, OutputStream drain) {
    this.buf = new byte[capacity];
    this.drain = drain;
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(char[] cbuf, int off, int n) throws IOException {
    ensure(n);
    int i = off;
    int end = off + n;
    // A template's own text arrives as char arrays, a few kilobytes a page, nearly all ASCII.
    if (pendingHigh == 0) {
      byte[] b = buf;
      int at = len;
      for (; i < end; i++) {
        char c = cbuf[i];
        if (c >= 0x80) break;
        b[at++] = (byte) c;
      }
      len = at;
    }
    for (; i < end; i++) put(cbuf[i]);
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int n) throws IOException {
    if (n >= BULK && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(off + n - 1))) {
      // The JDK encodes a whole string with vector instructions: far faster than a loop here for
      // a caption or the JSON-LD, even with the copy. No surrogate pair is cut at either end.
      byte[] b = (off == 0 && n == s.length() ? s : s.substring(off, off + n)).getBytes(StandardCharsets.UTF_8);
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
      return;
    }
    ensure(n);
    int i = off;
    int end = off + n;
    // The common case, ASCII, without the branches of put().
    if (pendingHigh == 0) {
      byte[] b = buf;
      int at = len;
      for (; i < end; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) break;
        b[at++] = (byte) c;
      }
      len = at;
    }
    for (; i < end; i++) put(s.charAt(i));
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Empties the buffer for the next page (of a buffer without a drain), keeping its capacity. */
  void reset() {
    if (drain != null) throw new IllegalStateException("a draining buffer is not reused");
    len = 0;
    pendingHigh = 0;
  }

  /** How many bytes it holds before it must grow. */
  int capacity() {
    return buf.length;
  }

  /** The text so far as UTF-8; a high surrogate still waiting for its pair counts as '?'. */
  byte[] toByteArray() {
    endPendingHigh();
    return Arrays.copyOf(buf, len);
  }

  /** Passes the rest on to the drain; a high surrogate still waiting for its pair counts as '?'. */
  void finish() throws IOException {
    endPendingHigh();
    drain.write(buf, 0, len);
    len = 0;
  }

  private void endPendingHigh() {
    if (pendingHigh == 0) return;
    pendingHigh = 0;
    if (len == buf.length) buf = Arrays.copyOf(buf, len + 1);
    buf[len++] = '?';
  }

  private void put(char c) throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        ensure(4);
        buf[len++] = (byte) (0xF0 | (cp >> 18));
        buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      ensure(1);
      buf[len++] = '?';
    }
    if (c < 0x80) {
      ensure(1);
      buf[len++] = (byte) c;
    } else if (c < 0x800) {
      ensure(2);
      buf[len++] = (byte) (0xC0 | (c >> 6));
      buf[len++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      ensure(1);
      buf[len++] = '?';
    } else {
      ensure(3);
      buf[len++] = (byte) (0xE0 | (c >> 12));
      buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /**
   * Room for {@code n} more bytes at the one-byte-per-char rate; put() asks again for more. Always
   * called between characters, so a drained buffer never ends inside one.
   */
  private void ensure(int n) throws IOException {
    if (len + n <= buf.length) return;
    if (drain != null && len > 0) {
      drain.write(buf, 0, len);
      len = 0;
      if (n <= buf.length) return;
    }
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
  }
}
