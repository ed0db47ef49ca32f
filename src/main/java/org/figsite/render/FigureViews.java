package org.figsite.render;

import java.util.ArrayList;
import java.util.List;
import org.figsite.config.SiteConfig;
import org.figsite.index.SitePaths;
import org.figsite.model.Figure;
import org.figsite.model.Gene;
import org.figsite.model.Term;
import org.figsite.schema.SchemaOrgVocabulary;

/** Builds the template view of a figure, including its JSON-LD. Thread-safe. */
public final class FigureViews {
  private final SiteConfig config;
  private final SiteUrls urls;
  private final MarkdownRenderer markdown;
  private final DatasetJsonLd dataset;

  public FigureViews(SiteConfig config, MarkdownRenderer markdown) {
    this.config = config;
    this.urls = new SiteUrls(config);
    this.markdown = markdown;
    this.dataset = new DatasetJsonLd(config, SchemaOrgVocabulary.builtin());
  }

  public FigureView view(Figure f) {
    String path = SitePaths.figurePage(f.figid());
    List<FigureView.GeneView> genes = new ArrayList<>(f.genes().size());
    for (Gene g : f.genes()) {
      genes.add(new FigureView.GeneView(g.word(), g.symbol(), g.source(), g.hgncSymbol(), g.entrez(),
          Links.ncbiGene(g.entrez()), Links.hgnc(g.hgncSymbol()),
          g.hgncSymbol().isEmpty() ? "" : urls.link(SitePaths.genePage(g.hgncSymbol(), 1))));
    }
    String imageUrl = Links.figureImage(f.pmcid(), f.filename());
    String jsonLd = JsonLd.scriptSafe(dataset.of(f));
    return new FigureView(
        f.figid(), f.title(), f.figtitle(), f.caption(), f.number(), f.figtype(), f.papertitle(),
        f.reftext(), f.year(), f.pmcid(), f.filename(), f.ndex(), f.figidAlias(), f.organisms(),
        genes, terms(f.chemicals(), "chemicals"), terms(f.diseases(), "diseases"),
        urls.link(path), urls.absolute(path), imageUrl, Links.pmcArticle(f.pmcid()),
        Links.figureAtPmc(f.figlink()), Links.ndex(f.ndex()),
        config.figureDownloads() ? urls.link(SitePaths.figureJson(f.figid())) : "",
        config.figureDownloads() ? urls.link(SitePaths.figureGenesTsv(f.figid())) : "",
        markdown.renderUntrusted(f.body()), jsonLd, f.params());
  }

  public PageMeta meta(Figure f, FigureView v) {
    String description = f.caption().isBlank() ? f.title() : PageMeta.summary(f.caption(), 300);
    return new PageMeta(f.title(), description, SitePaths.figurePage(f.figid()), v.absoluteUrl(), v.imageUrl());
  }

  private List<FigureView.TermView> terms(List<Term> terms, String dir) {
    List<FigureView.TermView> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String page = SitePaths.termId(t.identifier()).map(id -> urls.link(SitePaths.listingPage(dir, id, 1))).orElse("");
      out.add(new FigureView.TermView(t.word(), t.source(), t.identifier(), Links.term(t.source(), t.identifier()), page));
    }
    return out;
  }
}
