package org.figsite.render;

import freemarker.template.Template;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.figsite.index.FigureBrief;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;

/**
 * Assembles the redirect stubs of {@code stub.ftlh}: one per alias or {@code redirect_from} path,
 * pointing at its figure's page. Thread-safe: the stubs are spread over the build's workers.
 */
public final class StubPages {
  private final PageWriter pages;
  private final SiteIndex index;
  private final boolean caseSensitive;
  private final Template template;

  /** @param caseSensitive whether the output's file system tells names apart by letter case */
  public StubPages(PageWriter pages, SiteIndex index, boolean caseSensitive) throws Theme.TemplateProblem {
    this.pages = pages;
    this.index = index;
    this.caseSensitive = caseSensitive;
    this.template = pages.template("stub.ftlh");
  }

  /** Writes the index's stub {@code k}; false when the file system cannot hold it. */
  public boolean write(int k) throws IOException, Theme.TemplateProblem {
    SiteIndex.Stub s = index.stub(k);
    FigureBrief f = index.brief(s.figure());
    // An alias that differs from its own figure's page only by case (PMC1__GA1 for PMC1__ga1)
    // would replace that page where case is not told apart: such a file system cannot hold it.
    if (!caseSensitive && s.file().equalsIgnoreCase(SitePaths.figurePage(f.figid()))) return false;
    // No page meta: a stub has no layout, only its target and the figure's title.
    Map<String, Object> model = new HashMap<>(8);
    model.put("site", pages.site());
    String target = pages.urls().absolute(SitePaths.figurePage(f.figid()));
    model.put("target", target);
    model.put("targetJs", JsonLd.scriptSafe(target));
    model.put("title", f.title());
    pages.write(s.file(), template, model, "the redirect stub " + s.file());
    return true;
  }
}
