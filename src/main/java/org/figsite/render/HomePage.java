package org.figsite.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.figsite.config.SiteConfig;
import org.figsite.index.GeneOrganism;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;
import org.figsite.model.Page;

/**
 * Assembles the home page of {@code home.ftlh}: the site's counts, links to browse and download,
 * the newest figures, the other site pages, and the text of {@code pages/index.md} when there is
 * one.
 */
public final class HomePage {
  /** Figures shown on the home page, newest first. */
  static final int NEWEST_FIGURES = 10;

  private HomePage() {}

  /**
   * @param home {@code pages/index.md}, if the site has one
   * @param others the other site pages, linked from the home page
   */
  public static void write(PageWriter pages, MarkdownRenderer markdown, SiteIndex index, Optional<Page> home,
      List<Page> others) throws IOException, Theme.TemplateProblem {
    SiteConfig config = pages.config();
    SiteUrls urls = pages.urls();
    String title = home.map(Page::title).filter(t -> !t.isEmpty()).orElse(config.title());
    // Its path is "/", not /index.html: the canonical URL ends with the base path's slash.
    Map<String, Object> model = pages.model("/", title, config.description());
    model.put("content", home.map(p -> markdown.renderTrusted(p.body())).orElse(""));
    model.put("params", home.map(Page::params).orElse(Map.of()));
    model.put("counts", counts(index));
    model.put("pages", links(others, urls));
    model.put("browse", browse(index, urls));
    model.put("jsonLd", PageJsonLd.home(config, pages.site().search()));
    int[] newest = index.newestFirst();
    model.put("figures", new FigureCards(index, newest, 0, Math.min(NEWEST_FIGURES, newest.length), urls));
    pages.write("/index.html", pages.template("home.ftlh"), model, "the home page");
  }

  private static Map<String, Object> counts(SiteIndex index) {
    Map<String, Object> counts = new HashMap<>();
    counts.put("figures", index.figureCount());
    counts.put("genes", index.genes().size());
    counts.put("stubs", index.stubCount());
    counts.put("organisms", index.organisms().size());
    counts.put("chemicals", index.chemicals().size());
    counts.put("diseases", index.diseases().size());
    return counts;
  }

  private static List<Map<String, String>> links(List<Page> others, SiteUrls urls) {
    List<Map<String, String>> links = new ArrayList<>();
    for (Page p : others) links.add(Map.of("title", ContentPages.title(p), "url", urls.link(ContentPages.path(p))));
    return links;
  }

  private static Map<String, Object> browse(SiteIndex index, SiteUrls urls) {
    Map<String, Object> browse = new HashMap<>();
    browse.put("chemicals", urls.link(SitePaths.letterIndex("chemicals")));
    browse.put("diseases", urls.link(SitePaths.letterIndex("diseases")));
    List<Map<String, String>> gmts = new ArrayList<>();
    for (GeneOrganism o : index.geneOrganisms()) {
      gmts.add(Map.of("organism", o.organism(), "url", urls.link(o.gmtFile())));
    }
    browse.put("gmts", gmts);
    browse.put("figuresJson", urls.link(DataFilesWriter.FIGURES_JSON));
    return browse;
  }
}
