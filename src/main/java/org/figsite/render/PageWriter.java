package org.figsite.render;

import freemarker.template.Template;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.figsite.config.SiteConfig;
import org.figsite.write.OutputTree;

/**
 * What every page assembler shares: the theme, the site's view and links, and the output tree. It
 * starts each model with the variables every page has ({@code site}, {@code page}) and renders a
 * finished model into a file. Thread-safe: gene pages and stubs are written from many threads.
 */
public final class PageWriter {
  private final Theme theme;
  private final SiteConfig config;
  private final SiteView site;
  private final SiteUrls urls;
  private final OutputTree out;

  public PageWriter(Theme theme, SiteConfig config, SiteView site, OutputTree out) {
    this.theme = theme;
    this.config = config;
    this.site = site;
    this.urls = new SiteUrls(config);
    this.out = out;
  }

  SiteView site() {
    return site;
  }

  SiteConfig config() {
    return config;
  }

  SiteUrls urls() {
    return urls;
  }

  OutputTree out() {
    return out;
  }

  Template template(String name) throws Theme.TemplateProblem {
    return theme.template(name);
  }

  /**
   * A new model with {@code site} and a {@code page} for {@code path}. {@code title} and {@code
   * description} are the record's or page's own (data); "" where the template words them.
   */
  Map<String, Object> model(String path, String title, String description) {
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("page", new PageMeta(title, description, path, urls.absolute(path), ""));
    return model;
  }

  /** Renders into memory, then writes: for pages of bounded size. */
  void write(String path, Template t, Map<String, Object> model, String what)
      throws IOException, Theme.TemplateProblem {
    out.write(path, theme.render(t, model, what));
  }

  /** Renders straight to the file: for pages that grow with the corpus (listings, big genes). */
  void stream(String path, Template t, Map<String, Object> model, String what)
      throws IOException, Theme.TemplateProblem {
    out.stream(path, o -> theme.render(t, model, what, o));
  }

  /** The model's bytes, for a caller that writes them itself. */
  byte[] render(Template t, Map<String, Object> model, String what) throws Theme.TemplateProblem {
    return theme.render(t, model, what);
  }
}
