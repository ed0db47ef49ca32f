package org.figsite.model;

/**
 * One row of a figure's gene table, as OCR found it.
 *
 * @param word the text in the figure, exactly as read (may hold Cyrillic look-alike letters)
 * @param symbol the symbol the word was matched to
 * @param source how it was matched (hgnc_symbol, hgnc_alias_symbol, bioentities_symbol, …)
 * @param hgncSymbol the approved HGNC symbol, or empty
 * @param entrez the NCBI Gene id (digits), or empty
 */
public record Gene(String word, String symbol, String source, String hgncSymbol, String entrez) {}
