package org.figsite.render;

/**
 * The {@code gene} variable of {@code gene.ftlh}.
 *
 * @param figureCount how many figures mention the gene, over all pages
 */
public record GeneInfo(String symbol, String entrez, String ncbiUrl, String hgncUrl, int figureCount) {}
