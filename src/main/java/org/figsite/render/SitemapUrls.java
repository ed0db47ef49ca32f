package org.figsite.render;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.figsite.index.IndexedGene;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;

/**
 * Every URL of the sitemap, in a fixed order, without materialising them all: the fixed pages
 * given, then every figure page, then every page of every gene.
 */
final class SitemapUrls implements Iterator<SitemapWriter.Url> {
  private final List<SitemapWriter.Url> fixed;
  private final SiteIndex index;
  private final int perGenePage;
  private final Iterator<IndexedGene> genes;
  private int fixedAt;
  private int figureAt;
  private String gene;
  private int genePage;
  private int genePageCount;

  /** @param perGenePage {@code figures_per_gene_page} as configured */
  SitemapUrls(List<SitemapWriter.Url> fixed, SiteIndex index, int perGenePage) {
    this.fixed = fixed;
    this.index = index;
    this.perGenePage = perGenePage;
    this.genes = index.genes().values().iterator();
  }

  @Override
  public boolean hasNext() {
    return fixedAt < fixed.size() || figureAt < index.figureCount()
        || (gene != null && genePage < genePageCount) || genes.hasNext();
  }

  @Override
  public SitemapWriter.Url next() {
    if (fixedAt < fixed.size()) return fixed.get(fixedAt++);
    if (figureAt < index.figureCount()) {
      int i = figureAt++;
      return new SitemapWriter.Url(SitePaths.figurePage(index.figid(i)), index.lastModified(i));
    }
    if (gene == null || genePage >= genePageCount) {
      if (!genes.hasNext()) throw new NoSuchElementException();
      IndexedGene g = genes.next();
      gene = g.key();
      genePage = 0;
      genePageCount = GenePages.paging(g, perGenePage).pages();
    }
    return new SitemapWriter.Url(SitePaths.genePage(gene, ++genePage), "");
  }
}
