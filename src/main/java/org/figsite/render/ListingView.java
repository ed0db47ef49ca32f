package org.figsite.render;

/**
 * The {@code listing} variable of {@code listing.ftlh}: a paginated list of figures that share an
 * organism, a chemical or a disease, or the whole figure index. The template words its heading.
 *
 * @param kind {@code organism}, {@code chemical}, {@code disease} or {@code figures}
 * @param label the organism's, chemical's or disease's name, or "" for the figure index
 * @param identifier the chemical's or disease's identifier, or ""
 * @param externalUrl the identifier's record in its vocabulary (MeSH…), or ""
 * @param indexUrl link to the A–Z index of this kind of page, or ""
 * @param figureCount figures in the whole listing, over all pages
 */
public record ListingView(String kind, String label, String identifier, String externalUrl, String indexUrl,
    int figureCount) {}
