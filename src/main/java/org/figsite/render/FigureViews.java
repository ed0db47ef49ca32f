package org.figsite.render;

import java.util.ArrayList;
import java.util.List;
import org.figsite.config.SiteConfig;
import org.figsite.index.SitePaths;
import org.figsite.model.Figure;
import org.figsite.model.GeneMention;
import org.figsite.model.Term;
import org.figsite.schema.SchemaOrgVocabulary;

/** Builds the template view of a figure, including its JSON-LD. Thread-safe. */
public final class FigureViews {
  /** The WikiPathways badge among the theme's static files (served from the site, not a badge host). */
  public static final String WIKIPATHWAYS_BADGE = "wikipathways-badge.svg";

  private final SiteUrls urls;
  private final boolean figureDownloads;
  private final MarkdownRenderer markdown;
  private final DatasetJsonLd dataset;

  public FigureViews(SiteConfig config, MarkdownRenderer markdown) {
    this.urls = new SiteUrls(config);
    this.figureDownloads = config.figureDownloads();
    this.markdown = markdown;
    this.dataset = new DatasetJsonLd(config, SchemaOrgVocabulary.builtin());
  }

  public FigureView view(Figure f) {
    String path = SitePaths.figurePage(f.figid());
    List<FigureView.GeneView> genes = new ArrayList<>(f.genes().size());
    List<FigureView.GeneGroup> groups = new ArrayList<>();
    boolean human = false;
    for (GeneMention g : f.genes()) {
      human |= g.isHuman();
      String page = g.symbol().isEmpty() ? ""
          : urls.link(SitePaths.genePage(SitePaths.geneKey(g.taxon(), g.organism(), g.symbol()), 1));
      FigureView.GeneView row = new FigureView.GeneView(g.taxon(), g.organism(), g.word(), g.match(), g.symbol(),
          g.ncbiId(), g.source(), Links.ncbiGene(g.ncbiId()), g.isHuman() ? Links.hgnc(g.symbol()) : "", page);
      genes.add(row);
      // Rows come grouped by organism (GeneRows.tidy): a new taxon starts a new group.
      if (groups.isEmpty() || !groups.get(groups.size() - 1).taxon().equals(g.taxon())) {
        groups.add(new FigureView.GeneGroup(g.taxon(), g.organism(), new ArrayList<>()));
      }
      groups.get(groups.size() - 1).rows().add(row);
    }
    String imageUrl = Links.figureImage(f.pmcid(), f.filename());
    String jsonLd = JsonLd.scriptSafe(dataset.of(f, SubjectJsonLd.genes(f), SubjectJsonLd.terms(f)));
    FigureView.WikiPathways wp = f.wpid().isEmpty() ? null
        : new FigureView.WikiPathways(f.wpid(), Links.wikipathways(f.wpid()),
            urls.link("/assets/" + WIKIPATHWAYS_BADGE) + "?message=" + f.wpid());
    return new FigureView(
        f.figid(), f.title(), f.figtitle(), f.caption(), f.number(), f.figtype(), f.papertitle(),
        f.reftext(), f.year(), f.pmcid(), f.filename(), f.doi(), f.journalTitle(), f.ndex(), f.figidAlias(),
        f.organisms(), f.organismsNer(), f.keywords(), wp, genes, groups, human,
        terms(f.chemicals(), "chemicals"), terms(f.diseases(), "diseases"),
        urls.link(path), urls.absolute(path), imageUrl, Links.pmcArticle(f.pmcid()),
        Links.figureAtPmc(f.figlink()), Links.ndex(f.ndex()), Links.doi(f.doi()),
        figureDownloads ? urls.link(SitePaths.figureJson(f.figid())) : "",
        figureDownloads ? urls.link(SitePaths.figureGenesTsv(f.figid())) : "",
        markdown.renderUntrusted(f.body()), jsonLd, f.params());
  }

  /**
   * Search engines show about 160 characters of a description; the tag is written twice (also as
   * og:description) on every figure page, so a longer cut only adds bytes.
   */
  static final int DESCRIPTION_CHARS = 160;

  public PageMeta meta(Figure f, FigureView v) {
    String description = f.caption().isBlank() ? f.title() : PageMeta.summary(f.caption(), DESCRIPTION_CHARS);
    return new PageMeta(f.title(), description, SitePaths.figurePage(f.figid()), v.absoluteUrl(), v.imageUrl());
  }

  private List<FigureView.TermView> terms(List<Term> terms, String dir) {
    List<FigureView.TermView> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String page = SitePaths.termId(t.identifier()).map(id -> urls.link(SitePaths.listingPage(dir, id, 1))).orElse("");
      out.add(new FigureView.TermView(t.word(), t.label(), t.source(), t.identifier(),
          Links.term(t.source(), t.identifier()), t.xref(), Links.term("", t.xref()), page));
    }
    return out;
  }
}
