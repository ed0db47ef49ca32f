package org.figsite.render;

import java.util.function.IntFunction;

/**
 * The {@code pagination} variable: where a page stands in a paginated listing. Templates show it
 * with {@code layout.ftlh}'s {@code pageLinks} (the {@code rel=prev/next} head links) and {@code
 * pageNav} (the page navigation) macros.
 *
 * @param current 1-based page number
 * @param total how many pages the listing has
 * @param firstUrl link to the first page
 * @param prevUrl link to the previous page, or ""
 * @param nextUrl link to the next page, or ""
 */
public record Pagination(int current, int total, String firstUrl, String prevUrl, String nextUrl) {

  /** Page {@code current} of {@code total}, with {@code link} giving the link to page {@code n}. */
  public static Pagination of(int current, int total, IntFunction<String> link) {
    return new Pagination(current, total, link.apply(1), current > 1 ? link.apply(current - 1) : "",
        current < total ? link.apply(current + 1) : "");
  }

  /** The only page of an unpaginated page. */
  public static Pagination single(String url) {
    return new Pagination(1, 1, url, "", "");
  }
}
