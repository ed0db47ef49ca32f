package org.figsite.write;

/**
 * The kinds of file a site is made of, told apart by site path, so that a build can say where its
 * bytes are. Redirect stubs live beside figure pages ({@code /figures/<alias>.html}) and are told
 * apart by the tree that wrote them ({@link OutputTree#bytesByPart}).
 */
public enum SitePart {
  FIGURE_PAGES("figure pages"),
  STUBS("redirect stubs"),
  FIGURE_DOWNLOADS("per-figure downloads"),
  GENE_PAGES("gene pages"),
  LISTINGS("listings and A-Z pages"),
  SEARCH("search index"),
  DATA("data files"),
  SITEMAPS("sitemaps"),
  OTHER("other files");

  private final String label;

  SitePart(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The part a site path belongs to; a page at {@code /figures/<name>.html} counts as a figure page. */
  public static SitePart of(String sitePath) {
    int slash = sitePath.indexOf('/', 1);
    String top = slash < 0 ? "" : sitePath.substring(1, slash);
    boolean nested = slash >= 0 && sitePath.indexOf('/', slash + 1) >= 0;
    switch (top) {
      case "figures":
        if (nested || sitePath.endsWith("/index.html")) return LISTINGS;
        return sitePath.endsWith(".html") ? FIGURE_PAGES : FIGURE_DOWNLOADS;
      case "genes":
        return sitePath.equals("/genes/index.html") || sitePath.startsWith("/genes/index/") ? LISTINGS : GENE_PAGES;
      case "organisms", "chemicals", "diseases":
        return LISTINGS;
      case "search":
        return SEARCH;
      case "data":
        return DATA;
      case "sitemaps":
        return SITEMAPS;
      case "":
        if (sitePath.startsWith("/sitemap")) return SITEMAPS;
        return sitePath.equals("/search.html") ? SEARCH : OTHER;
      default:
        return OTHER;
    }
  }
}
