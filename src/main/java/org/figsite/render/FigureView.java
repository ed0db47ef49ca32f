package org.figsite.render;

import java.util.List;
import java.util.Map;

/**
 * The {@code figure} variable of {@code figure.ftlh}: the record's fields plus every link already
 * built. Text is raw; the template's HTML auto-escaping escapes it. {@code bodyHtml} and {@code
 * jsonLd} are already safe and are printed with {@code ?no_esc}.
 *
 * @param url link to this page (base path included)
 * @param imageUrl the figure image at PMC, or ""
 * @param paperUrl the article at PMC, or ""
 * @param pmcFigureUrl the figure's own page at PMC, or ""
 * @param ndexUrl the NDEx network, or ""
 * @param doiUrl the paper at {@code https://doi.org/}, or "" when there is no DOI or it is not one
 * @param organismsNer the organisms named in the paper's text (shown when {@code organisms} is empty)
 * @param wikipathways the WikiPathways pathway drawn from this figure, or null
 * @param genes the gene table's rows, grouped by organism, human first
 * @param geneGroups the same rows by organism (the table shows an organism column when there are several)
 * @param humanGenes whether any row is a human gene (the table then has an HGNC column)
 * @param bodyHtml the record's Markdown body, rendered and cleaned
 * @param jsonLd the schema.org JSON-LD, safe inside a script element
 * @param params every front-matter key of the record, as plain values
 */
public record FigureView(
    String figid,
    String title,
    String figtitle,
    String caption,
    String number,
    String figtype,
    String papertitle,
    String reftext,
    String year,
    String pmcid,
    String filename,
    String doi,
    String journalTitle,
    String ndex,
    String figidAlias,
    List<String> organisms,
    List<String> organismsNer,
    List<String> keywords,
    WikiPathways wikipathways,
    List<GeneView> genes,
    List<GeneGroup> geneGroups,
    boolean humanGenes,
    List<TermView> chemicals,
    List<TermView> diseases,
    String url,
    String absoluteUrl,
    String imageUrl,
    String paperUrl,
    String pmcFigureUrl,
    String ndexUrl,
    String doiUrl,
    String jsonUrl,
    String genesTsvUrl,
    String bodyHtml,
    String jsonLd,
    Map<String, Object> params) {

  /**
   * One gene row.
   *
   * @param ncbiUrl the gene at NCBI Gene, or "" when the row has no id
   * @param hgncUrl the gene at HGNC, for human genes with a symbol only; else ""
   * @param pageUrl link to the gene's page on this site, or "" when the row has no symbol
   */
  public record GeneView(String taxon, String organism, String word, String match, String symbol, String ncbiId,
      String source, String ncbiUrl, String hgncUrl, String pageUrl) {}

  /** The gene rows of one organism. */
  public record GeneGroup(String taxon, String organism, List<GeneView> rows) {}

  /**
   * A chemical or disease.
   *
   * @param label the vocabulary's name for it, else the word
   * @param url link to the identifier's record (MeSH, ChEBI, DOID), or ""
   * @param xrefUrl link to the second identifier's record, or ""
   * @param pageUrl link to the term's page on this site, or "" when it has no usable identifier
   */
  public record TermView(String word, String label, String source, String identifier, String url, String xref,
      String xrefUrl, String pageUrl) {}

  /**
   * A WikiPathways pathway: its page, and the site's own badge image, whose address carries the
   * id as {@code message=<wpid>} for programs that read it from there.
   */
  public record WikiPathways(String wpid, String url, String badgeUrl) {}
}
