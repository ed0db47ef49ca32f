package org.figsite.render;

/**
 * Where a page stands in a paginated listing.
 *
 * @param current 1-based page number
 * @param prevUrl link to the previous page, or ""
 * @param nextUrl link to the next page, or ""
 */
public record Pagination(int current, int total, String firstUrl, String prevUrl, String nextUrl) {}
