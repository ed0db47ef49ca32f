package org.figsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figsite.config.SiteConfig;
import org.figsite.index.SitePaths;
import org.figsite.model.Figure;
import org.figsite.model.Gene;
import org.figsite.model.Term;

/** Builds the template view of a figure, including its JSON-LD. Thread-safe. */
public final class FigureViews {
  private final SiteConfig config;
  private final SiteUrls urls;
  private final MarkdownRenderer markdown;

  public FigureViews(SiteConfig config, MarkdownRenderer markdown) {
    this.config = config;
    this.urls = new SiteUrls(config);
    this.markdown = markdown;
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
    String jsonLd = JsonLd.scriptSafe(f.schemaJsonLd() != null ? f.schemaJsonLd() : derivedDataset(f, imageUrl));
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

  /**
   * A schema.org Dataset for records without their own {@code schema-jsonld}, with the fields
   * Google's dataset search reads.
   */
  Map<String, Object> derivedDataset(Figure f, String imageUrl) {
    String url = urls.absolute(SitePaths.figurePage(f.figid()));
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org/");
    ld.put("@type", "Dataset");
    ld.put("@id", url);
    ld.put("url", url);
    ld.put("name", f.title());
    String caption = f.caption().strip();
    ld.put("description", caption.isEmpty() ? f.title() : PageMeta.summary(caption, 5000));
    Set<String> keywords = new LinkedHashSet<>();
    for (Gene g : f.genes()) if (!g.hgncSymbol().isEmpty()) keywords.add(g.hgncSymbol());
    for (Term t : f.chemicals()) if (!t.word().isEmpty()) keywords.add(t.word());
    for (Term t : f.diseases()) if (!t.word().isEmpty()) keywords.add(t.word());
    if (!keywords.isEmpty()) ld.put("keywords", new ArrayList<>(keywords));
    if (!config.license().isEmpty()) ld.put("license", config.license());
    if (!config.creator().isEmpty()) {
      Map<String, Object> creator = new LinkedHashMap<>();
      creator.put("@type", "Organization");
      creator.put("name", config.creator());
      ld.put("creator", creator);
    }
    if (!f.pmcid().isEmpty()) ld.put("isBasedOn", Links.pmcArticle(f.pmcid()));
    if (!imageUrl.isEmpty()) ld.put("image", imageUrl);
    return ld;
  }
}
