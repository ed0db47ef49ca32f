package org.figsite.render;

/**
 * How a list of items is cut into pages of at most {@code perPage}: the one place that counts
 * pages and finds a page's slice, for every paginated page type and for the sitemap that lists
 * them. An empty list still has one page (a listing with no figures is a page that says so).
 */
public final class Paging {
  private final int items;
  private final int perPage;

  private Paging(int items, int perPage) {
    this.items = items;
    this.perPage = perPage;
  }

  /** @param configuredPerPage items per page as configured; 0 or less puts every item on one page */
  public static Paging of(int items, int configuredPerPage) {
    return new Paging(items, configuredPerPage <= 0 ? Integer.MAX_VALUE : configuredPerPage);
  }

  /** How many pages, at least one. In long arithmetic: {@code items + perPage} overflows an int when the size is unlimited. */
  public int pages() {
    return Math.max(1, (int) ((items + (long) perPage - 1) / perPage));
  }

  /** The index of the first item on a page (1-based page number). */
  public int from(int page) {
    return (int) Math.min(items, (long) (page - 1) * perPage);
  }

  /** The index after the last item on a page. */
  public int to(int page) {
    return (int) Math.min(items, (long) page * perPage);
  }
}
