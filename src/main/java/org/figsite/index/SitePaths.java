package org.figsite.index;

/**
 * Where each kind of page lives in the output, as site-relative paths starting with '/'. The one
 * place URL layout is decided; templates receive the results.
 */
public final class SitePaths {
  private SitePaths() {}

  public static String figurePage(String figid) {
    return "/figures/" + figid + ".html";
  }

  public static String figureJson(String figid) {
    return "/figures/" + figid + ".json";
  }

  public static String figureGenesTsv(String figid) {
    return "/figures/" + figid + ".genes.tsv";
  }

  /** Page {@code page} (1-based) of a listing rooted at {@code dir}/{@code name}. */
  public static String listingPage(String dir, String name, int page) {
    return page <= 1 ? "/" + dir + "/" + name + ".html" : "/" + dir + "/" + name + "/" + page + ".html";
  }

  public static String genePage(String symbol, int page) {
    return listingPage("genes", symbol, page);
  }
}
