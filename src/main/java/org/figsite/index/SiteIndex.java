package org.figsite.index;

import java.util.List;
import java.util.SortedMap;

/**
 * The cross-record facts of a site: the figures in figid order, the alias stubs, and which
 * figures mention each gene, organism, chemical and disease. Computed once by {@link SiteIndexer};
 * read-only afterwards.
 *
 * @param figures every figure, sorted by figid
 * @param stubs every redirect stub, sorted by output path
 * @param genes for each HGNC symbol (sorted), the indexes into {@code figures} that mention it,
 *     ascending
 * @param organisms one facet per distinct organism name, sorted by slug
 * @param chemicals one facet per chemical identifier that can name a page, sorted by identifier
 * @param diseases one facet per disease identifier that can name a page, sorted by identifier
 * @param newestFirst indexes into {@code figures}, by paper year descending (no year last), ties by
 *     figid
 */
public record SiteIndex(List<FigureSummary> figures, List<Stub> stubs, SortedMap<String, int[]> genes,
    List<Facet> organisms, List<Facet> chemicals, List<Facet> diseases, int[] newestFirst) {

  /**
   * A redirect stub.
   *
   * @param file the stub's output path, e.g. {@code /figures/PMC8023395__F2.html}
   * @param figure index into {@link SiteIndex#figures()} of the figure it leads to
   */
  public record Stub(String file, int figure) {}
}
