/**
 * From records to the site's index: a {@link org.figsite.index.FigureSummary} per figure
 * (what site-wide pages need of it, nothing more), and the {@link org.figsite.index.SiteIndex}
 * built from all summaries: figures in order, alias stubs, genes by organism and symbol, facets,
 * search tokens, and every path a page claims ({@link org.figsite.index.SitePaths}). Ints and
 * packed strings, so that 100,000 figures fit in a small heap.
 */
package org.figsite.index;
