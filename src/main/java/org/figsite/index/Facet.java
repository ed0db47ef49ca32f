package org.figsite.index;

/**
 * Figures grouped by one organism, chemical or disease.
 *
 * @param key the page name: an organism's slug, or a chemical's or disease's identifier
 * @param label the name to show: the organism as written, or the word most figures use for the term
 * @param figures indexes into {@link SiteIndex#figures()}, ascending (so listed by figid)
 */
public record Facet(String key, String label, int[] figures) {}
