package org.figsite.render;

import org.figsite.config.SiteConfig;

/**
 * The {@code site} variable of every template.
 *
 * @param home link to the home page ({@code baseurl + "/"})
 * @param assets link prefix of the static files ({@code baseurl + "/assets"})
 */
public record SiteView(
    String title,
    String description,
    String url,
    String baseurl,
    String language,
    String home,
    String assets,
    String generator) {

  public static SiteView of(SiteConfig c, String version) {
    return new SiteView(c.title(), c.description(), c.url(), c.baseurl(), c.language(),
        c.baseurl() + "/", c.baseurl() + "/assets", "figsite " + version);
  }
}
