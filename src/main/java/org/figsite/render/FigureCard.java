package org.figsite.render;

import java.util.List;
import org.figsite.index.FigureBrief;
import org.figsite.index.SitePaths;

/**
 * A figure as listed on gene and index pages.
 *
 * @param url link to the figure page
 * @param imageUrl the figure image at PMC, or ""
 * @param thumbDerived whether {@code static/thumbs.js} finds the thumbnail from the figure's link
 *     alone ({@link #thumbDerived(String, String, String)}), so the card needs no {@code data-i}
 * @param thumb otherwise, the card's {@code data-i}: the image's path below PMC's articles, or ""
 *     for a figure without an image
 */
public record FigureCard(String figid, String title, String url, String imageUrl, String year, List<String> organisms,
    boolean thumbDerived, String thumb) {

  public static FigureCard of(FigureBrief f, SiteUrls urls) {
    boolean derived = thumbDerived(f.figid(), f.pmcid(), f.filename());
    return new FigureCard(f.figid(), f.title(), urls.link(SitePaths.figurePage(f.figid())),
        Links.figureImage(f.pmcid(), f.filename()), f.year(), f.organisms(), derived,
        derived ? "" : thumbPath(f.pmcid(), f.filename()));
  }

  /**
   * Whether the image is where thumbs.js looks first: a figure {@code <pmcid>__<name>} whose file
   * is {@code <name>.jpg}, at {@code <pmcid>/bin/<name>.jpg}, as almost every PMC figure is. Must
   * match {@code url} in thumbs.js.
   */
  public static boolean thumbDerived(String figid, String pmcid, String filename) {
    return !pmcid.isEmpty() && figid.startsWith(pmcid + "__")
        && filename.equals(figid.substring(pmcid.length() + 2) + ".jpg");
  }

  /** The image's path below {@code https://www.ncbi.nlm.nih.gov/pmc/articles/}, or "" for none. */
  public static String thumbPath(String pmcid, String filename) {
    String url = Links.figureImage(pmcid, filename);
    return url.isEmpty() ? "" : url.substring(Links.PMC_ARTICLES.length());
  }
}
