package org.figsite.render;

/**
 * The {@code listing} variable of {@code listing.ftlh}: a paginated list of figures that share an
 * organism, a chemical or a disease, or the whole figure index.
 *
 * @param kind {@code organism}, {@code chemical}, {@code disease} or {@code figures}
 * @param heading the page's main heading (without the page number)
 * @param identifier the chemical's or disease's identifier, or ""
 * @param externalUrl the identifier's record in its vocabulary (MeSH…), or ""
 * @param indexUrl link to the A–Z index of this kind of page, or ""
 * @param figureCount figures in the whole listing, over all pages
 */
public record ListingView(String kind, String heading, String identifier, String externalUrl, String indexUrl,
    int figureCount) {}
