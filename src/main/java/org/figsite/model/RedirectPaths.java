package org.figsite.model;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a {@code redirect_from} path is a plain site-relative path, and where its stub
 * file goes: {@code /a/b} becomes {@code /a/b.html}, {@code /a/b/} becomes {@code /a/b/index.html}.
 * Paths are compared with figsite's own files in any letter case ({@code /Index}, {@code
 * /GENES/x}), since macOS and Windows do, and no segment may be a Windows device name.
 */
public final class RedirectPaths {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~+-][A-Za-z0-9._~+-]{0,199}");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  /**
   * Top-level folders and files that figsite itself writes, in lower case; stubs may not take
   * them. The site pages ({@code content/pages/NAME.md}) are the index's to check.
   */
  static final Set<String> RESERVED_TOP = Set.of(
      "index.html", "404.html", "robots.txt", "sitemap.xml", "sitemaps", "assets", "genes", "organisms",
      "chemicals", "diseases", "search", "search.html", "data", ".nojekyll", ".figsite");

  private RedirectPaths() {}

  /** Why {@code path} cannot be a redirect, or empty when it can. */
  public static Optional<String> whyInvalid(String path) {
    if (path.indexOf('\0') >= 0) return Optional.of("contains a NUL character");
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f) return Optional.of("contains a control character");
    }
    if (path.indexOf('\\') >= 0) return Optional.of("contains a backslash");
    if (path.startsWith("//")) return Optional.of("starts with '//', which names another host");
    if (SCHEME.matcher(path).matches()) return Optional.of("is an absolute URL with a scheme");
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.isEmpty()) return Optional.of("is the site root");
    if (p.endsWith("/")) p = p.substring(0, p.length() - 1);
    for (String seg : p.split("/", -1)) {
      if (seg.equals("..") || seg.equals(".")) return Optional.of("contains a '" + seg + "' segment");
      if (seg.isEmpty()) return Optional.of("contains an empty segment ('//')");
      if (!SEGMENT.matcher(seg).matches()) {
        return Optional.of("has the segment " + org.figsite.diag.Printable.quote(seg)
            + ", which is not only ASCII letters, digits, '.', '_', '~', '+', '-' (starting with no '.')");
      }
      if (DeviceNames.isDevice(seg)) {
        return Optional.of("has the segment " + org.figsite.diag.Printable.quote(seg) + ", a Windows device name ("
            + DeviceNames.LIST + ", with any extension), which Windows cannot create");
      }
    }
    return Optional.empty();
  }

  /** The stub's output file for a valid path, always starting with '/'. */
  public static String stubFile(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    if (p.endsWith("/")) return p + "index.html";
    if (p.endsWith(".html")) return p;
    return p + ".html";
  }

  /** Whether the stub file would take a path that figsite writes itself, in any letter case. */
  public static boolean isReserved(String stubFile) {
    return isReservedExactly(stubFile.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the stub file is, letter for letter, a path that figsite writes itself. */
  public static boolean isReservedExactly(String stubFile) {
    String rest = stubFile.substring(1);
    int slash = rest.indexOf('/');
    String top = slash < 0 ? rest : rest.substring(0, slash);
    if (RESERVED_TOP.contains(top)) return true;
    return rest.equals("figures/index.html") || rest.startsWith("figures/page/");
  }
}
