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

  /** A link for use inside the site: base path + path. */
  public String link(String path) {
    return base + path;
  }

  /** The absolute URL of a site path. */
  public String absolute(String path) {
    return origin + base + path;
  }

  /** The site's home page as an absolute URL, with a trailing slash. */
  public String home() {
    return origin + base + "/";
  }

  public String base() {
    return base;
  }
}
