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
 * @param geneSymbols distinct HGNC symbols, in order of first appearance
 * @param geneSymbolEntrez the NCBI Gene id first seen with each of {@code geneSymbols}, or ""
 * @param entrezIds distinct NCBI Gene ids, in order of first appearance
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
    List<String> geneSymbols,
    List<String> geneSymbolEntrez,
    List<String> entrezIds,
    List<Term> chemicals,
    List<Term> diseases,
    List<Redirect> redirects) {}
