package org.figsite.index;

import java.util.List;

/**
 * The genes of one organism that a figure mentions, as the site-wide pages need them.
 *
 * @param taxon the NCBI Taxonomy id
 * @param organism the organism's name as the data gives it
 * @param symbols distinct gene symbols, in the order of the gene table
 * @param symbolIds for each of {@code symbols}, its distinct NCBI Gene ids separated by spaces
 *     (usually one; "" when the data gives none)
 * @param ncbiIds distinct NCBI Gene ids of the organism's rows, with or without a symbol, in order
 */
public record OrganismGenes(String taxon, String organism, List<String> symbols, List<String> symbolIds,
    List<String> ncbiIds) {}
