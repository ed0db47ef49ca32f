package org.figsite.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.figsite.index.Facet;
import org.figsite.index.SitePaths;

/** Assembles the search page of {@code search.ftlh} (the search itself runs in the browser). */
public final class SearchPage {
  /** Organisms offered by the search page's filter, the most common first. */
  public static final int FILTER_ORGANISMS = 200;

  private SearchPage() {}

  /** @return the page's path */
  public static String write(PageWriter pages, List<Facet> organisms) throws IOException, Theme.TemplateProblem {
    List<Facet> common = new ArrayList<>(organisms);
    common.sort(Comparator.comparingInt((Facet f) -> -f.figures().length).thenComparing(Facet::label));
    List<SearchView.Option> options = new ArrayList<>();
    for (Facet f : common.subList(0, Math.min(FILTER_ORGANISMS, common.size()))) {
      options.add(new SearchView.Option(f.key(), f.label(), f.figures().length));
    }
    String path = SitePaths.SEARCH_PAGE;
    SiteUrls urls = pages.urls();
    Map<String, Object> model = pages.model(path, "", "");
    model.put("search", new SearchView(urls.link("/search"), urls.link("/figures/"), urls.link("/assets/search.js"),
        options));
    pages.write(path, pages.template("search.ftlh"), model, "the search page");
    return path;
  }
}
