package org.figsite.render;

import freemarker.template.Template;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.figsite.index.SitePaths;
import org.figsite.model.Figure;

/**
 * Assembles a figure's page with {@code figure.ftlh} and, with {@code figure_downloads}, its JSON
 * and gene TSV downloads. Thread-safe: records are rendered on the build's workers.
 */
public final class FigurePage {
  private final PageWriter pages;
  private final FigureViews views;
  private final Template template;

  /** @param template {@code figure.ftlh}, loaded before the build starts so that a broken one stops it at once */
  public FigurePage(PageWriter pages, MarkdownRenderer markdown, Template template) {
    this.pages = pages;
    this.views = new FigureViews(pages.config(), markdown);
    this.template = template;
  }

  /** @param source the record's file as the user names it, for a template error */
  public void write(Figure figure, String source) throws IOException, Theme.TemplateProblem {
    FigureView v = views.view(figure);
    Map<String, Object> model = new HashMap<>(8);
    model.put("site", pages.site());
    model.put("page", views.meta(figure, v));
    model.put("figure", v);
    pages.write(SitePaths.figurePage(figure.figid()), template, model, source + " (figure " + figure.figid() + ")");
    if (pages.config().figureDownloads()) {
      pages.out().write(SitePaths.figureJson(figure.figid()), FigureDownloads.json(figure));
      pages.out().write(SitePaths.figureGenesTsv(figure.figid()), FigureDownloads.genesTsv(figure));
    }
  }
}
