package org.figsite.model;

/**
 * One row of a figure's gene table: a word OCR read in the figure and the gene of one organism it
 * was matched to. Both record layouts give this: the current one from {@code <figid>-genes.tsv},
 * the 2021–22 one from the front matter's {@code genes} list (always human, with {@code
 * hgnc_symbol} as the symbol).
 *
 * @param taxon the organism's NCBI Taxonomy id (digits), e.g. {@code 9606}
 * @param organism the organism's name as the data gives it (in NFC), e.g. {@code Homo sapiens}
 * @param ncbiId the NCBI Gene id (digits), or ""
 * @param symbol the gene's NCBI (for human: HGNC) symbol (in NFC), or "" when the data has none
 * @param word the text in the figure, exactly as read (Cyrillic look-alikes, spaces and all)
 * @param match the normalised form of the word that was matched, or ""
 * @param source how it was matched ({@code ncbigene_symbol}, {@code hgnc_alias_symbol}, …), or ""
 */
public record GeneMention(
    String taxon, String organism, String ncbiId, String symbol, String word, String match, String source) {
  public static final String HUMAN_TAXON = "9606";

  /** The organism and the symbol name pages: both are kept in NFC ({@link TextKeys}). */
  public GeneMention {
    organism = TextKeys.nfc(organism);
    symbol = TextKeys.nfc(symbol);
  }
  public static final String HUMAN_NAME = "Homo sapiens";

  public boolean isHuman() {
    return taxon.equals(HUMAN_TAXON);
  }
}
