package org.figsite.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.figsite.config.SiteConfig;
import org.figsite.index.SiteIndex;
import org.figsite.model.Page;
import org.figsite.write.OutputTree;

/** Writes what crawlers and GitHub Pages read rather than people: sitemaps, robots.txt, .nojekyll. */
public final class CrawlerFiles {
  private CrawlerFiles() {}

  /**
   * @param pages the site pages ({@code pages/*.md})
   * @param browsePages the listings, A–Z pages and search page written, listed after the site pages
   * @param genePages how many gene pages were written (the sitemap's size is known before it is written)
   * @return the number of sitemap files written
   */
  public static int write(OutputTree out, SiteConfig config, SiteIndex index, List<Page> pages,
      List<String> browsePages, long genePages) throws IOException {
    SiteUrls urls = new SiteUrls(config);
    // <lastmod> only from a real modification date, as the page's or record's owner wrote it
    // (last_modified_at, checked by LastModified): never the build time or a file's date, which a
    // fresh checkout sets to the clone's time.
    List<SitemapWriter.Url> fixed = new ArrayList<>();
    SitemapWriter.Url home = new SitemapWriter.Url("/", "");
    for (Page p : pages) {
      if (p.name().equals("index")) {
        home = new SitemapWriter.Url("/", p.lastModified());
      } else {
        fixed.add(new SitemapWriter.Url(ContentPages.path(p), p.lastModified()));
      }
    }
    fixed.add(0, home);
    for (String path : browsePages) fixed.add(new SitemapWriter.Url(path, ""));
    long count = fixed.size() + index.figureCount() + genePages;
    int sitemaps = SitemapWriter.write(out, urls, count, new SitemapUrls(fixed, index, config.figuresPerGenePage()));
    out.write("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute("/sitemap.xml") + "\n");
    // GitHub Pages would otherwise run Jekyll over the site, which drops files starting with '_'.
    out.write("/.nojekyll", new byte[0]);
    return sitemaps;
  }
}
