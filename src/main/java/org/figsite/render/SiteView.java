package org.figsite.render;

import org.figsite.config.SiteConfig;
import org.figsite.index.SitePaths;

/**
 * The {@code site} variable of every template.
 *
 * @param home link to the home page ({@code baseurl + "/"})
 * @param assets link prefix of the static files ({@code baseurl + "/assets"})
 * @param search link to the search page
 * @param figures link to the figure index
 * @param genes link to the A–Z index of genes
 * @param organisms link to the A–Z index of organisms
 * @param thumbnails whether figure cards show the figure's image ({@code thumbnails} in figsite.yml)
 */
public record SiteView(
    String title,
    String description,
    String url,
    String baseurl,
    String language,
    String home,
    String assets,
    String generator,
    String search,
    String figures,
    String genes,
    String organisms,
    boolean thumbnails) {

  public static SiteView of(SiteConfig c, String version) {
    String b = c.baseurl();
    SiteUrls urls = new SiteUrls(c);
    return new SiteView(c.title(), c.description(), c.url(), b, c.language(),
        b + "/", b + "/assets", "figsite " + version, urls.link(SitePaths.SEARCH_PAGE),
        urls.link(SitePaths.figureIndexPage(1)), urls.link(SitePaths.letterIndex("genes")),
        urls.link(SitePaths.letterIndex("organisms")), c.thumbnails());
  }
}
