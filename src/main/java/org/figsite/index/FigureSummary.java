package org.figsite.index;

import java.util.List;
import org.figsite.diag.SourcePos;
import org.figsite.model.Redirect;
import org.figsite.model.Term;

/**
 * What the rest of the site needs to know about one figure once its own page is written: enough
 * for stubs, listings, sitemaps and downloads, and nothing more, so that a whole corpus fits in
 * memory as summaries while records are read one at a time.
 *
 * @param genes the figure's genes by organism, human first, as in its gene table
 * @param printedWords the search tokens ({@link SearchTokens#printedWordTokens}) of the words OCR
 *     read in the figure, distinct, leaving out those that are the token of one of the figure's
 *     own gene symbols (search finds those through the gene): {@code akt}, {@code pi3k}, {@code
 *     erk1/2}
 * @param lastModified the record's checked {@code last_modified_at}, the {@code <lastmod>} of its
 *     page in the sitemap, or ""
 */
public record FigureSummary(
    String sourcePath,
    SourcePos figidPos,
    String figid,
    String title,
    String year,
    String pmcid,
    String filename,
    List<String> organisms,
    List<OrganismGenes> genes,
    List<String> printedWords,
    List<Term> chemicals,
    List<Term> diseases,
    List<Redirect> redirects,
    String lastModified) {

  /** Distinct gene symbols over all organisms (one organism's symbol counted once). */
  public int geneSymbolCount() {
    int n = 0;
    for (OrganismGenes g : genes) n += g.symbols().size();
    return n;
  }
}
