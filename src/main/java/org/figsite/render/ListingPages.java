package org.figsite.render;

import freemarker.template.Template;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.figsite.index.Facet;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;

/**
 * Assembles the listings of {@code listing.ftlh}: the figure index (newest first, {@code
 * figures_per_page} a page) and one listing per organism, chemical and disease ({@code
 * figures_per_gene_page} a page).
 */
public final class ListingPages {
  private final PageWriter pages;
  private final SiteIndex index;
  private final List<String> written;
  private final Template template;

  /** @param written where the path of every page written is added, in writing order (for the sitemap) */
  public ListingPages(PageWriter pages, SiteIndex index, List<String> written) throws Theme.TemplateProblem {
    this.pages = pages;
    this.index = index;
    this.written = written;
    this.template = pages.template("listing.ftlh");
  }

  public void writeFigureIndex() throws IOException, Theme.TemplateProblem {
    int[] order = index.newestFirst();
    ListingView view = new ListingView("figures", "", "", "", "", order.length);
    write(view, order, Paging.of(order.length, pages.config().figuresPerPage()), SitePaths::figureIndexPage);
  }

  /**
   * One listing per facet.
   *
   * @param kind {@code organism}, {@code chemical} or {@code disease}
   * @param dir the facet's folder ({@code organisms}…), also that of its A–Z index
   * @param linkIdentifier whether the facet's key is an identifier of a vocabulary to link to (MeSH)
   */
  public void writeFacets(String kind, String dir, List<Facet> facets, boolean linkIdentifier)
      throws IOException, Theme.TemplateProblem {
    String indexUrl = pages.urls().link(SitePaths.letterIndex(dir));
    for (Facet f : facets) {
      ListingView view = new ListingView(kind, f.label(), linkIdentifier ? f.key() : "",
          linkIdentifier ? Links.term("", f.key()) : "", indexUrl, f.figures().length);
      write(view, f.figures(), Paging.of(f.figures().length, pages.config().figuresPerGenePage()),
          n -> SitePaths.listingPage(dir, f.key(), n));
    }
  }

  private void write(ListingView view, int[] figs, Paging paging, IntFunction<String> pagePath)
      throws IOException, Theme.TemplateProblem {
    SiteUrls urls = pages.urls();
    int total = paging.pages();
    for (int p = 1; p <= total; p++) {
      String path = pagePath.apply(p);
      Map<String, Object> model = pages.model(path, "", "");
      model.put("listing", view);
      model.put("figures", new FigureCards(index, figs, paging.from(p), paging.to(p), urls));
      model.put("pagination", Pagination.of(p, total, n -> urls.link(pagePath.apply(n))));
      // Streamed: the biggest listings grow with the corpus (organisms with no page size).
      pages.stream(path, template, model, "the listing " + path);
      written.add(path);
    }
  }
}
