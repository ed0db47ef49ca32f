package org.figsite.index;

/**
 * A gene page's facts: one symbol of one organism, and the figures that mention it.
 *
 * @param key the page's name below {@code /genes/} ({@link SitePaths#geneKey})
 * @param ncbiIds the distinct NCBI Gene ids seen with this symbol, ascending by number (usually one;
 *     two when the data maps one symbol to two genes, as it does for Arabidopsis {@code ACO2})
 * @param figures indexes into {@link SiteIndex#figures()}, ascending
 */
public record IndexedGene(String key, String symbol, String taxon, String organism, String[] ncbiIds, int[] figures) {

  public boolean isHuman() {
    return taxon.equals(org.figsite.model.GeneMention.HUMAN_TAXON);
  }
}
