package org.figsite.pipeline;

import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.figsite.config.SiteConfig;
import org.figsite.index.FigureBrief;
import org.figsite.index.GeneOrganism;
import org.figsite.index.IndexedGene;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;
import org.figsite.model.Page;
import org.figsite.render.DataFilesWriter;
import org.figsite.render.FigureCards;
import org.figsite.render.GeneInfo;
import org.figsite.render.JsonLd;
import org.figsite.render.MarkdownRenderer;
import org.figsite.render.PageJsonLd;
import org.figsite.render.PageMeta;
import org.figsite.render.Pagination;
import org.figsite.render.SiteUrls;
import org.figsite.render.SiteView;
import org.figsite.render.SitemapWriter;
import org.figsite.render.StaticAssets;
import org.figsite.render.Theme;
import org.figsite.write.OutputTree;
import org.figsite.write.Trees;

/**
 * Writes the pages made from the whole index rather than one record: alias stubs, gene pages,
 * home and site pages, 404, robots.txt, sitemaps, static assets. The browsing pages are {@link
 * BrowseStage}'s.
 */
final class SiteStage {
  private final Theme theme;
  private final SiteConfig config;
  private final SiteView site;
  private final SiteUrls urls;
  private final MarkdownRenderer markdown;
  /** The build's worker pool, over which stubs and gene pages are split. */
  private final Workers workers;
  private final OutputTree out;

  int stubs;
  int genePages;
  int otherPages;
  int sitemaps;

  SiteStage(Theme theme, SiteConfig config, SiteView site, MarkdownRenderer markdown, OutputTree out,
      Workers workers) {
    this.theme = theme;
    this.config = config;
    this.site = site;
    this.urls = new SiteUrls(config);
    this.markdown = markdown;
    this.out = out;
    this.workers = workers;
  }

  void writeStubs(SiteIndex index) throws IOException, Theme.TemplateProblem {
    Template t = theme.template("stub.ftlh");
    int count = index.stubCount();
    boolean caseSensitive = Trees.isCaseSensitive(out.root());
    java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    workers.forEach(count, k -> {
      SiteIndex.Stub s = index.stub(k);
      FigureBrief f = index.brief(s.figure());
      // An alias that differs from its own figure's page only by case (PMC1__GA1 for PMC1__ga1)
      // would replace that page where case is not told apart: such a file system cannot hold it.
      if (!caseSensitive && s.file().equalsIgnoreCase(SitePaths.figurePage(f.figid()))) return;
      written.incrementAndGet();
      Map<String, Object> model = new HashMap<>();
      model.put("site", site);
      String target = urls.absolute(SitePaths.figurePage(f.figid()));
      model.put("target", target);
      model.put("targetJs", JsonLd.scriptSafe(target));
      model.put("title", f.title());
      out.write(s.file(), theme.render(t, model, "the redirect stub " + s.file()));
    });
    stubs += written.get();
  }

  /** One page per gene (a symbol of one organism), split into pages of {@code figures_per_gene_page} figures. */
  void writeGenePages(SiteIndex index) throws IOException, Theme.TemplateProblem {
    Template t = theme.template("gene.ftlh");
    int per = config.figuresPerGenePage() <= 0 ? Integer.MAX_VALUE : config.figuresPerGenePage();
    List<IndexedGene> genes = new ArrayList<>(index.genes().values());
    for (IndexedGene g : genes) genePages += Math.max(1, (g.figures().length + per - 1) / per);
    workers.forEach(genes.size(), k -> {
      IndexedGene g = genes.get(k);
      int[] figs = g.figures();
      GeneInfo gene = GeneInfo.of(g);
      int pages = Math.max(1, (figs.length + per - 1) / per);
      for (int p = 1; p <= pages; p++) {
        FigureCards cards = new FigureCards(index, figs, (int) Math.min(figs.length, (long) (p - 1) * per),
            (int) Math.min(figs.length, (long) p * per), urls);
        String path = SitePaths.genePage(g.key(), p);
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        String title = gene.heading() + (pages > 1 ? " (page " + p + " of " + pages + ")" : "");
        model.put("page", new PageMeta("Gene " + title, "Pathway figures that mention the gene " + gene.heading() + ".",
            path, urls.absolute(path), ""));
        model.put("gene", gene);
        model.put("figures", cards);
        model.put("jsonLd", PageJsonLd.gene(gene, urls.absolute(path), figurePages(index, figs, cards), config));
        model.put("pagination", new Pagination(p, pages, urls.link(SitePaths.genePage(g.key(), 1)),
            p > 1 ? urls.link(SitePaths.genePage(g.key(), p - 1)) : "",
            p < pages ? urls.link(SitePaths.genePage(g.key(), p + 1)) : ""));
        out.stream(path, o -> theme.render(t, model, "the gene page " + path, o));
      }
    });
  }

  /** The absolute figure-page URLs of a gene page's cards, from the figids alone (no summary is decoded). */
  private List<String> figurePages(SiteIndex index, int[] figs, FigureCards cards) {
    return new java.util.AbstractList<>() {
      @Override
      public String get(int i) {
        return urls.absolute(SitePaths.figurePage(index.figid(figs[cards.from() + i])));
      }

      @Override
      public int size() {
        return cards.size();
      }
    };
  }

  void writeSitePages(SiteIndex index, List<Page> pages) throws IOException, Theme.TemplateProblem {
    Page home = null;
    List<Map<String, String>> links = new ArrayList<>();
    for (Page p : pages) {
      if (p.name().equals("index")) home = p;
      else links.add(Map.of("title", p.title().isEmpty() ? p.name() : p.title(), "url", urls.link("/" + p.name() + ".html")));
    }
    Map<String, Object> counts = new HashMap<>();
    counts.put("figures", index.figureCount());
    counts.put("genes", index.genes().size());
    counts.put("stubs", index.stubCount());
    counts.put("organisms", index.organisms().size());
    counts.put("chemicals", index.chemicals().size());
    counts.put("diseases", index.diseases().size());
    Map<String, Object> browse = new HashMap<>();
    browse.put("chemicals", urls.link(SitePaths.letterIndex("chemicals")));
    browse.put("diseases", urls.link(SitePaths.letterIndex("diseases")));
    List<Map<String, String>> gmts = new ArrayList<>();
    for (GeneOrganism o : index.geneOrganisms()) {
      gmts.add(Map.of("organism", o.organism(), "url", urls.link(o.gmtFile())));
    }
    browse.put("figuresJson", urls.link(DataFilesWriter.FIGURES_JSON));

    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("page", new PageMeta(home != null && !home.title().isEmpty() ? home.title() : config.title(),
        config.description(), "/", urls.home(), ""));
    model.put("content", home == null ? "" : markdown.renderTrusted(home.body()));
    model.put("params", home == null ? Map.of() : home.params());
    model.put("counts", counts);
    model.put("pages", links);
    browse.put("gmts", gmts);
    model.put("browse", browse);
    model.put("jsonLd", PageJsonLd.home(config, site.search()));
    int[] newest = index.newestFirst();
    model.put("figures", new FigureCards(index, newest, 0, Math.min(10, newest.length), urls));
    out.write("/index.html", theme.render(theme.template("home.ftlh"), model, "the home page"));
    otherPages++;

    Template pageTemplate = theme.template("page.ftlh");
    for (Page p : pages) {
      if (p.name().equals("index")) continue;
      String path = "/" + p.name() + ".html";
      Map<String, Object> m = new HashMap<>();
      m.put("site", site);
      m.put("page", new PageMeta(p.title().isEmpty() ? p.name() : p.title(), config.description(), path, urls.absolute(path), ""));
      m.put("content", markdown.renderTrusted(p.body()));
      m.put("params", p.params());
      out.write(path, theme.render(pageTemplate, m, p.sourcePath()));
      otherPages++;
    }

    Map<String, Object> m404 = new HashMap<>();
    m404.put("site", site);
    m404.put("page", new PageMeta("Page not found", config.description(), "/404.html", urls.absolute("/404.html"), ""));
    out.write("/404.html", theme.render(theme.template("404.ftlh"), m404, "404.html"));
    otherPages++;
  }

  /** @param browsePages the pages {@link BrowseStage} wrote, listed after the fixed pages */
  void writeRobotsAndSitemaps(SiteIndex index, List<Page> pages, List<String> browsePages) throws IOException {
    // <lastmod> only from a real modification date, as the page's or record's owner wrote it
    // (last_modified_at, checked by LastModified): never the build time or a file's date, which a
    // fresh checkout sets to the clone's time.
    List<SitemapWriter.Url> fixed = new ArrayList<>();
    SitemapWriter.Url home = new SitemapWriter.Url("/", "");
    for (Page p : pages) {
      if (p.name().equals("index")) {
        home = new SitemapWriter.Url("/", p.lastModified());
      } else {
        fixed.add(new SitemapWriter.Url("/" + p.name() + ".html", p.lastModified()));
      }
    }
    fixed.add(0, home);
    for (String path : browsePages) fixed.add(new SitemapWriter.Url(path, ""));
    long count = fixed.size() + index.figureCount() + (long) genePages;
    Iterator<SitemapWriter.Url> paths = new SitemapPaths(fixed, index, config.figuresPerGenePage());
    sitemaps = SitemapWriter.write(out, urls, count, paths);
    out.write("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute("/sitemap.xml") + "\n");
    // GitHub Pages would otherwise run Jekyll over the site, which drops files starting with '_'.
    out.write("/.nojekyll", new byte[0]);
  }

  void writeAssets(Path siteTemplates) throws IOException {
    for (Map.Entry<String, byte[]> e : StaticAssets.collect(siteTemplates).entrySet()) {
      out.write("/assets/" + e.getKey(), e.getValue());
    }
  }

  /** Every URL of the sitemap, in a fixed order, without materialising them all. */
  private static final class SitemapPaths implements Iterator<SitemapWriter.Url> {
    private final List<SitemapWriter.Url> fixed;
    private final SiteIndex index;
    private final int perGenePage;
    private final Iterator<IndexedGene> genes;
    private int fixedAt;
    private int figureAt;
    private String gene;
    private int genePage;
    private int genePageCount;

    SitemapPaths(List<SitemapWriter.Url> fixed, SiteIndex index, int perGenePage) {
      this.fixed = fixed;
      this.index = index;
      this.perGenePage = perGenePage <= 0 ? Integer.MAX_VALUE : perGenePage;
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
        genePageCount = Math.max(1, (g.figures().length + perGenePage - 1) / perGenePage);
      }
      return new SitemapWriter.Url(SitePaths.genePage(gene, ++genePage), "");
    }
  }
}
