package org.figsite.render;

import org.figsite.config.SiteConfig;

/**
 * Turns site-relative paths into the links pages use. Internal links are root-relative with the
 * base path ({@code /pfocr/figures/x.html}), so they work on every page, including {@code 404.html}
 * which GitHub Pages serves at any depth; canonical links, sitemaps and stubs use absolute URLs.
 */
public final class SiteUrls {
  private final String origin;
  private final String base;

  public SiteUrls(SiteConfig config) {
    this.origin = config.url();
    this.base = config.baseurl();
  }

  /**
   * A link for use inside the site: base path + path, with a trailing {@code index.html} dropped
   * ({@code /figures/index.html} is linked as {@code /figures/}, as GitHub Pages serves it).
   */
  public String link(String path) {
    return base + pretty(path);
  }

  /** The absolute URL of a site path, in the same form as {@link #link}. */
  public String absolute(String path) {
    return origin + base + pretty(path);
  }

  private static String pretty(String path) {
    return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
  }

  /** The absolute URL of a link made by {@link #link}. */
  public String absoluteLink(String link) {
    return origin + link;
  }

  /** The site's home page as an absolute URL, with a trailing slash. */
  public String home() {
    return origin + base + "/";
  }

  public String base() {
    return base;
  }
}
