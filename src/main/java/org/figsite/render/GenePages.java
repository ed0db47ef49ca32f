package org.figsite.render;

import freemarker.template.Template;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import org.figsite.index.IndexedGene;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;

/**
 * Assembles the pages of {@code gene.ftlh}: one per gene (a symbol of one organism), split into
 * pages of {@code figures_per_gene_page} figures, each with its JSON-LD. Thread-safe: the genes
 * are spread over the build's workers.
 */
public final class GenePages {
  private final PageWriter pages;
  private final SiteIndex index;
  private final Template template;

  public GenePages(PageWriter pages, SiteIndex index) throws Theme.TemplateProblem {
    this.pages = pages;
    this.index = index;
    this.template = pages.template("gene.ftlh");
  }

  /** The gene's label in the A–Z index and its headings: the symbol, with the organism for any gene but a human one. */
  public static String label(IndexedGene g) {
    return g.isHuman() ? g.symbol() : g.symbol() + " (" + g.organism() + ")";
  }

  /** How a gene's figures are split into pages (also what the sitemap lists). */
  public static Paging paging(IndexedGene g, int configuredPerPage) {
    return Paging.of(g.figures().length, configuredPerPage);
  }

  /** Writes every page of one gene. */
  public void write(IndexedGene g) throws IOException, Theme.TemplateProblem {
    SiteUrls urls = pages.urls();
    int[] figs = g.figures();
    GeneInfo gene = GeneInfo.of(g);
    Paging paging = paging(g, pages.config().figuresPerGenePage());
    for (int p = 1; p <= paging.pages(); p++) {
      FigureCards cards = new FigureCards(index, figs, paging.from(p), paging.to(p), urls);
      String path = SitePaths.genePage(g.key(), p);
      Map<String, Object> model = pages.model(path, "", "");
      model.put("gene", gene);
      model.put("figures", cards);
      model.put("jsonLd", PageJsonLd.gene(gene, urls.absolute(path), figurePages(figs, cards), pages.config()));
      model.put("pagination", Pagination.of(p, paging.pages(), n -> urls.link(SitePaths.genePage(g.key(), n))));
      pages.stream(path, template, model, "the gene page " + path);
    }
  }

  /** The absolute figure-page URLs of a gene page's cards, from the figids alone (no summary is decoded). */
  private List<String> figurePages(int[] figs, FigureCards cards) {
    return new AbstractList<>() {
      @Override
      public String get(int i) {
        return pages.urls().absolute(SitePaths.figurePage(index.figid(figs[cards.from() + i])));
      }

      @Override
      public int size() {
        return cards.size();
      }
    };
  }
}
