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
    String ndex,
    String figidAlias,
    List<String> organisms,
    List<GeneView> genes,
    List<TermView> chemicals,
    List<TermView> diseases,
    String url,
    String absoluteUrl,
    String imageUrl,
    String paperUrl,
    String pmcFigureUrl,
    String ndexUrl,
    String jsonUrl,
    String genesTsvUrl,
    String bodyHtml,
    String jsonLd,
    Map<String, Object> params) {

  /**
   * One gene row.
   *
   * @param pageUrl link to the gene's page on this site, or "" when it has no HGNC symbol
   */
  public record GeneView(String word, String symbol, String source, String hgncSymbol, String entrez,
      String ncbiUrl, String hgncUrl, String pageUrl) {}

  /**
   * A chemical or disease.
   *
   * @param url link to the identifier's record (MeSH, ChEBI, DOID), or ""
   * @param pageUrl link to the term's page on this site, or "" when it has no usable identifier
   */
  public record TermView(String word, String source, String identifier, String url, String pageUrl) {}
}
