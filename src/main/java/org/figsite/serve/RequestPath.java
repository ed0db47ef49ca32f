package org.figsite.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path decoded once and split into segments.
 *
 * @param segments the non-empty names between slashes, none of them "." or ".."
 * @param directory whether the path ends with a slash (or is the root), asking for a folder's index
 */
record RequestPath(List<String> segments, boolean directory) {

  RequestPath {
    segments = List.copyOf(segments);
  }

  /**
   * Decodes the raw (still percent-encoded) path of a request, or returns empty for a path that
   * could name something outside the site: one with "." or ".." segments, a NUL, a backslash, or
   * escapes that are not valid UTF-8. Decoding happens exactly once, so "%252e" stays the literal
   * name "%2e" rather than becoming a dot.
   */
  static Optional<RequestPath> decode(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
    Optional<String> decoded = percentDecode(rawPath);
    if (decoded.isEmpty()) return Optional.empty();
    String path = decoded.get();
    if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return Optional.empty();
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (s.isEmpty()) continue;
      if (s.equals(".") || s.equals("..")) return Optional.empty();
      segments.add(s);
    }
    return Optional.of(new RequestPath(segments, path.endsWith("/")));
  }

  /** This path relative to a base such as {@code /pfocr}, or empty when it lies outside the base. */
  Optional<RequestPath> under(String baseurl) {
    Optional<RequestPath> base = decode(baseurl + "/");
    if (base.isEmpty()) return Optional.empty();
    List<String> prefix = base.get().segments();
    if (segments.size() < prefix.size() || !segments.subList(0, prefix.size()).equals(prefix)) return Optional.empty();
    return Optional.of(new RequestPath(segments.subList(prefix.size(), segments.size()), directory));
  }

  private static Optional<String> percentDecode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) return Optional.empty();
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return Optional.empty();
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        // Raw non-ASCII (clients should escape it, some do not): take it as the UTF-8 it stands for.
        int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
        bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
