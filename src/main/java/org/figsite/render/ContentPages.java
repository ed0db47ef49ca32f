package org.figsite.render;

import java.io.IOException;
import java.util.Map;
import org.figsite.model.Page;

/** Assembles the site's own pages ({@code pages/*.md} but the home page) with {@code page.ftlh}. */
public final class ContentPages {
  private ContentPages() {}

  /** The page's title: its front matter's, else its file name. */
  static String title(Page p) {
    return p.title().isEmpty() ? p.name() : p.title();
  }

  /** The page's site path: {@code pages/about.md} is {@code /about.html}. */
  public static String path(Page p) {
    return "/" + p.name() + ".html";
  }

  public static void write(PageWriter pages, MarkdownRenderer markdown, Page p)
      throws IOException, Theme.TemplateProblem {
    String path = path(p);
    Map<String, Object> model = pages.model(path, title(p), pages.config().description());
    model.put("content", markdown.renderTrusted(p.body()));
    model.put("params", p.params());
    pages.write(path, pages.template("page.ftlh"), model, p.sourcePath());
  }
}
