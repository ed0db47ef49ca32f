package org.figsite.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address the site is served at ({@code origin} + {@code base}), and how URLs found in its
 * pages map onto its files: root-relative under the base path, relative to the page, or absolute
 * and starting with the site's own address.
 */
final class SiteAddress {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
  private static final Pattern LOCAL_SERVER = Pattern.compile(
      "^([a-z][a-z0-9+.-]*:)?//(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]*)?([/?#].*)?$", Pattern.DOTALL);

  private final String origin;
  private final String base;
  private final String originLower;

  /**
   * @param origin e.g. {@code https://pfocr.wikipathways.org}, no trailing slash
   * @param base "" or e.g. {@code /pfocr}, no trailing slash
   */
  SiteAddress(String origin, String base) {
    this.origin = origin;
    this.base = base;
    this.originLower = origin.toLowerCase(Locale.ROOT);
  }

  /** The site's absolute address, e.g. {@code https://example.org/pfocr} (no trailing slash). */
  String root() {
    return origin + base;
  }

  String base() {
    return base;
  }

  /** Whether the URL points at a development server on this machine. */
  static boolean isLocalServer(String url) {
    return LOCAL_SERVER.matcher(url.trim().toLowerCase(Locale.ROOT)).matches();
  }

  /** Where {@code url}, found on the page at site path {@code fromPage}, leads. */
  LinkTarget target(String url, String fromPage) {
    String u = url.trim();
    String fragment = "";
    int hash = u.indexOf('#');
    if (hash >= 0) {
      fragment = decode(u.substring(hash + 1));
      u = u.substring(0, hash);
    }
    int query = u.indexOf('?');
    if (query >= 0) u = u.substring(0, query);
    if (u.isEmpty()) return LinkTarget.internal(fromPage, fragment);
    if (u.startsWith("//")) {
      u = originLower.substring(0, originLower.indexOf(':') + 1) + u;
    }
    if (SCHEME.matcher(u).matches()) {
      return absolute(u, fragment);
    }
    if (u.startsWith("/")) {
      if (!base.isEmpty()) {
        if (!u.equals(base) && !u.startsWith(base + "/")) return LinkTarget.OUTSIDE_BASE;
        u = u.substring(base.length());
      }
      return normalised(u, fragment);
    }
    String dir = fromPage.substring(0, fromPage.lastIndexOf('/') + 1);
    return normalised(dir + u, fragment);
  }

  private LinkTarget absolute(String u, String fragment) {
    String prefix = originLower + base;
    if (!u.toLowerCase(Locale.ROOT).startsWith(originLower) || !u.startsWith(base, origin.length())) {
      return LinkTarget.EXTERNAL;
    }
    String rest = u.substring(prefix.length());
    if (!rest.isEmpty() && !rest.startsWith("/")) return LinkTarget.EXTERNAL; // e.g. /pfocr-old
    return normalised(rest, fragment);
  }

  /** Resolves '.' and '..' segments; climbing above the site root leaves the site. */
  private static LinkTarget normalised(String path, String fragment) {
    String p = path.isEmpty() ? "/" : path;
    Deque<String> segments = new ArrayDeque<>();
    String[] parts = p.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String s = parts[i];
      boolean last = i == parts.length - 1;
      if (s.equals("..")) {
        if (segments.isEmpty()) return LinkTarget.OUTSIDE_BASE;
        segments.removeLast();
        if (last) segments.addLast("");
      } else if (s.equals(".")) {
        if (last) segments.addLast("");
      } else {
        segments.addLast(s);
      }
    }
    return LinkTarget.internal("/" + decode(String.join("/", segments)), fragment);
  }

  /** Percent-decodes as UTF-8; text with a malformed escape is returned as it is. */
  static String decode(String s) {
    if (s.indexOf('%') < 0) return s;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) return s;
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return s;
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
