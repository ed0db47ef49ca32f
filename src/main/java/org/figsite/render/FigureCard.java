package org.figsite.render;

import java.util.List;
import org.figsite.index.FigureBrief;
import org.figsite.index.SitePaths;

/**
 * A figure as listed on gene and index pages.
 *
 * @param url link to the figure page
 * @param imageUrl the figure image at PMC, or ""
 */
public record FigureCard(String figid, String title, String url, String imageUrl, String year, List<String> organisms) {

  public static FigureCard of(FigureBrief f, SiteUrls urls) {
    return new FigureCard(f.figid(), f.title(), urls.link(SitePaths.figurePage(f.figid())),
        Links.figureImage(f.pmcid(), f.filename()), f.year(), f.organisms());
  }
}
