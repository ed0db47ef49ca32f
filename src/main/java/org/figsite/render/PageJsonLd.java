package org.figsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figsite.config.SiteConfig;

/**
 * The JSON-LD of the pages other than figure pages: a gene page describes its gene (Bioschemas
 * Gene profile 1.0-RELEASE) and lists its figures as an {@code ItemList}; the home page describes
 * the site as a {@code DataCatalog} and a {@code WebSite} whose {@code SearchAction} is the search
 * page. Each method returns the text to put in a script element ({@link JsonLd#scriptSafe}).
 */
public final class PageJsonLd {
  public static final String GENE_PROFILE = "https://bioschemas.org/profiles/Gene/1.0-RELEASE";
  private static final String TAXONOMY = "https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id=";

  private PageJsonLd() {}

  /**
   * A gene page: the gene (a symbol of one organism) and the figures on this page.
   *
   * @param figurePages the absolute URLs of this page's figures, in the page's order
   */
  public static String gene(GeneInfo gene, String canonical, List<String> figurePages, SiteConfig config) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("@type", "Gene");
    String id = gene.ncbiUrl().isEmpty() ? canonical + "#gene" : gene.ncbiUrl();
    g.put("@id", id);
    g.put(DatasetJsonLd.CONFORMS_TO, Map.of("@id", GENE_PROFILE));
    // The NCBI Gene URL, as the Gene entries of the figure pages have it, so that a program joining
    // the two finds the same value.
    g.put("identifier", gene.entrez().isEmpty() ? (gene.hgncUrl().isEmpty() ? gene.symbol() : gene.hgncUrl())
        : gene.ncbiUrl());
    g.put("name", gene.symbol());
    g.put("description", (gene.organism().isEmpty() ? "Gene " : gene.organism() + " gene ") + gene.symbol()
        + (gene.entrez().isEmpty() ? "" : " (NCBI Gene " + gene.entrez() + ")") + ", mentioned in "
        + gene.figureCount() + " pathway figure" + (gene.figureCount() == 1 ? "" : "s") + " of " + config.title() + ".");
    g.put("url", gene.ncbiUrl().isEmpty() ? canonical : gene.ncbiUrl());
    if (!gene.hgncUrl().isEmpty()) g.put("sameAs", gene.hgncUrl());
    g.put("mainEntityOfPage", canonical);
    if (!gene.organism().isEmpty()) {
      Map<String, Object> taxon = new LinkedHashMap<>();
      taxon.put("@type", "Taxon");
      taxon.put("name", gene.organism());
      if (gene.taxon().matches("[0-9]+")) taxon.put("url", TAXONOMY + gene.taxon());
      g.put("taxonomicRange", taxon);
    }

    Map<String, Object> list = new LinkedHashMap<>();
    list.put("@type", "ItemList");
    list.put("@id", canonical + "#figures");
    list.put("name", "Pathway figures that mention " + gene.symbol());
    list.put("numberOfItems", gene.figureCount());
    // Each figure as a reference to the Dataset its page describes (that page's JSON-LD has the
    // same @id), not a ListItem with a position and a url: the titles are in the page already, a
    // gene can list 17,000 figures, and this form is 40% smaller, which counts at 1 GB a site.
    List<Object> items = new ArrayList<>(figurePages.size());
    for (String url : figurePages) items.add(Map.of("@id", url));
    list.put("itemListElement", items);
    return graph(List.of(g, list));
  }

  /** The home page: the site as a data catalogue, and as a web site searchable at its search page. */
  public static String home(SiteConfig config, String searchLink) {
    SiteUrls urls = new SiteUrls(config);
    Map<String, Object> catalog = DatasetJsonLd.catalogReference(config);
    if (!config.description().isEmpty()) catalog.put("description", config.description());
    String license = DatasetJsonLd.siteLicense(config);
    if (!license.isEmpty()) catalog.put("license", license);
    if (!config.creator().isEmpty()) {
      Map<String, Object> publisher = new LinkedHashMap<>();
      publisher.put("@type", "Organization");
      publisher.put("name", config.creator());
      catalog.put("publisher", publisher);
    }
    catalog.put("inLanguage", config.language());

    Map<String, Object> site = new LinkedHashMap<>();
    site.put("@type", "WebSite");
    site.put("@id", urls.home() + "#website");
    site.put("name", config.title());
    site.put("url", urls.home());
    site.put("about", Map.of("@id", catalog.get("@id")));
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("@type", "EntryPoint");
    target.put("urlTemplate", urls.absoluteLink(searchLink) + "?q={search_term_string}");
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("@type", "SearchAction");
    search.put("target", target);
    search.put("query-input", "required name=search_term_string");
    site.put("potentialAction", search);
    return graph(List.of(catalog, site));
  }

  private static String graph(List<Object> nodes) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", DatasetJsonLd.CONTEXT);
    ld.put("@graph", nodes);
    return JsonLd.scriptSafe(ld);
  }
}
