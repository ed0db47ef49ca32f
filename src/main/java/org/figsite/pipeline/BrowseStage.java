package org.figsite.pipeline;

import freemarker.template.Template;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.figsite.config.SiteConfig;
import org.figsite.index.Facet;
import org.figsite.index.IndexedGene;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;
import org.figsite.render.FigureCards;
import org.figsite.render.LetterIndexView;
import org.figsite.render.Links;
import org.figsite.render.ListingView;
import org.figsite.render.PageMeta;
import org.figsite.render.Pagination;
import org.figsite.render.SearchView;
import org.figsite.render.SiteUrls;
import org.figsite.render.SiteView;
import org.figsite.render.Theme;
import org.figsite.write.OutputTree;

/**
 * Writes the pages for browsing: the figure index (newest first), one listing per organism,
 * chemical and disease, the A–Z indexes of genes, organisms, chemicals and diseases, and the
 * search page. Remembers every path it writes, for the sitemap.
 */
final class BrowseStage {
  /** Entries on one page of an A–Z index; a letter with more is split into pages. */
  static final int ENTRIES_PER_LETTER_PAGE = 1000;
  /** Organisms offered by the search page's filter, the most common first. */
  static final int FILTER_ORGANISMS = 200;
  private static final Comparator<Item> BY_LABEL = Comparator.comparing(Item::label, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(Item::label).thenComparing(Item::key);

  private final Theme theme;
  private final SiteConfig config;
  private final SiteView site;
  private final SiteUrls urls;
  private final OutputTree out;
  private final SiteIndex index;
  /** Every page written, in writing order, for the sitemap. */
  final List<String> paths = new ArrayList<>();

  BrowseStage(Theme theme, SiteConfig config, SiteView site, OutputTree out, SiteIndex index) {
    this.theme = theme;
    this.config = config;
    this.site = site;
    this.urls = new SiteUrls(config);
    this.out = out;
    this.index = index;
  }

  void writeAll() throws IOException, Theme.TemplateProblem {
    writeFigureIndex();
    writeFacets("organism", "organisms", index.organisms(), f -> "Organism " + f.label(), "");
    writeFacets("chemical", "chemicals", index.chemicals(), f -> "Chemical " + f.label(), "MESH");
    writeFacets("disease", "diseases", index.diseases(), f -> "Disease " + f.label(), "MESH");
    List<Item> genes = new ArrayList<>(index.genes().size());
    for (IndexedGene g : index.genes().values()) {
      genes.add(new Item(g.isHuman() ? g.symbol() : g.symbol() + " (" + g.organism() + ")", g.key(), g.figures().length));
    }
    writeLetterIndex("genes", "Genes", genes);
    writeLetterIndex("organisms", "Organisms", items(index.organisms()));
    writeLetterIndex("chemicals", "Chemicals", items(index.chemicals()));
    writeLetterIndex("diseases", "Diseases", items(index.diseases()));
    writeSearchPage();
  }

  private void writeFigureIndex() throws IOException, Theme.TemplateProblem {
    int[] order = index.newestFirst();
    int per = perPage(config.figuresPerPage());
    int pages = pageCount(order.length, per);
    ListingView view = new ListingView("figures", "All figures", "", "", "", order.length);
    for (int p = 1; p <= pages; p++) {
      String title = "All figures, newest first" + (pages > 1 ? " (page " + p + " of " + pages + ")" : "");
      writeListing(view, title, "Every pathway figure of the site, newest paper first.", order, per, p, pages,
          SitePaths::figureIndexPage);
    }
  }

  private void writeFacets(String kind, String dir, List<Facet> facets, java.util.function.Function<Facet, String> heading,
      String vocabulary) throws IOException, Theme.TemplateProblem {
    int per = perPage(config.figuresPerGenePage());
    for (Facet f : facets) {
      String external = vocabulary.isEmpty() ? "" : Links.term("", f.key());
      ListingView view = new ListingView(kind, heading.apply(f), kind.equals("organism") ? "" : f.key(), external,
          urls.link(SitePaths.letterIndex(dir)), f.figures().length);
      int pages = pageCount(f.figures().length, per);
      for (int p = 1; p <= pages; p++) {
        String title = view.heading() + (pages > 1 ? " (page " + p + " of " + pages + ")" : "");
        writeListing(view, title, "Pathway figures that mention the " + kind + " " + f.label() + ".", f.figures(), per,
            p, pages, n -> SitePaths.listingPage(dir, f.key(), n));
      }
    }
  }

  private void writeListing(ListingView view, String title, String description, int[] figs, int per, int p,
      int pages, IntFunction<String> pagePath) throws IOException, Theme.TemplateProblem {
    FigureCards cards = new FigureCards(index, figs, (int) Math.min(figs.length, (long) (p - 1) * per),
        (int) Math.min(figs.length, (long) p * per), urls);
    String path = pagePath.apply(p);
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("page", new PageMeta(title, description, path, urls.absolute(path), ""));
    model.put("listing", view);
    model.put("figures", cards);
    model.put("pagination", new Pagination(p, pages, urls.link(pagePath.apply(1)),
        p > 1 ? urls.link(pagePath.apply(p - 1)) : "", p < pages ? urls.link(pagePath.apply(p + 1)) : ""));
    Template t = theme.template("listing.ftlh");
    // Streamed: the biggest listings grow with the corpus (organisms with no page size).
    out.stream(path, o -> theme.render(t, model, "the listing " + path, o));
    paths.add(path);
  }

  /** The overview {@code /<dir>/index.html} and the pages of each letter, entries sorted by label. */
  private void writeLetterIndex(String dir, String heading, List<Item> items) throws IOException, Theme.TemplateProblem {
    TreeMap<String, List<Item>> byLetter = new TreeMap<>(Comparator.comparingInt(BrowseStage::letterRank));
    for (Item it : items) byLetter.computeIfAbsent(SitePaths.letterOf(it.label()), k -> new ArrayList<>()).add(it);
    List<LetterIndexView.Letter> letters = new ArrayList<>();
    byLetter.forEach((l, list) -> letters.add(new LetterIndexView.Letter(l, letterLabel(l),
        urls.link(SitePaths.letterPage(dir, l, 1)), list.size())));
    String noun = dir;
    Template t = theme.template("az.ftlh");

    String overview = SitePaths.letterIndex(dir);
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("page", new PageMeta(heading + " A–Z", "Every " + noun.substring(0, noun.length() - 1)
        + " found in the figures, A to Z.", overview, urls.absolute(overview), ""));
    // A small index fits on its overview: list everything there too.
    List<LetterIndexView.Entry> all = new ArrayList<>();
    if (items.size() <= ENTRIES_PER_LETTER_PAGE) {
      List<Item> sorted = new ArrayList<>(items);
      sorted.sort(BY_LABEL);
      for (Item it : sorted) all.add(new LetterIndexView.Entry(it.label(), urls.link(SitePaths.listingPage(dir, it.key(), 1)), it.count()));
    }
    model.put("az", new LetterIndexView(heading + " A–Z", noun, "", letters, all, items.size()));
    model.put("pagination", new Pagination(1, 1, urls.link(overview), "", ""));
    write(overview, t, model, "the index " + overview);

    for (Map.Entry<String, List<Item>> e : byLetter.entrySet()) {
      String l = e.getKey();
      List<Item> list = e.getValue();
      list.sort(BY_LABEL);
      int pages = pageCount(list.size(), ENTRIES_PER_LETTER_PAGE);
      for (int p = 1; p <= pages; p++) {
        List<LetterIndexView.Entry> entries = new ArrayList<>();
        for (int i = (p - 1) * ENTRIES_PER_LETTER_PAGE; i < Math.min(list.size(), p * ENTRIES_PER_LETTER_PAGE); i++) {
          Item it = list.get(i);
          entries.add(new LetterIndexView.Entry(it.label(), urls.link(SitePaths.listingPage(dir, it.key(), 1)), it.count()));
        }
        String path = SitePaths.letterPage(dir, l, p);
        String title = heading + ": " + letterLabel(l) + (pages > 1 ? " (page " + p + " of " + pages + ")" : "");
        Map<String, Object> m = new HashMap<>();
        m.put("site", site);
        m.put("page", new PageMeta(title, heading + " starting with " + letterLabel(l) + ".", path, urls.absolute(path), ""));
        m.put("az", new LetterIndexView(heading + " A–Z", noun, l, letters, entries, items.size()));
        final int page = p;
        m.put("pagination", new Pagination(page, pages, urls.link(SitePaths.letterPage(dir, l, 1)),
            page > 1 ? urls.link(SitePaths.letterPage(dir, l, page - 1)) : "",
            page < pages ? urls.link(SitePaths.letterPage(dir, l, page + 1)) : ""));
        write(path, t, m, "the index " + path);
      }
    }
  }

  private void writeSearchPage() throws IOException, Theme.TemplateProblem {
    List<Facet> common = new ArrayList<>(index.organisms());
    common.sort(Comparator.comparingInt((Facet f) -> -f.figures().length).thenComparing(Facet::label));
    List<SearchView.Option> options = new ArrayList<>();
    for (Facet f : common.subList(0, Math.min(FILTER_ORGANISMS, common.size()))) {
      options.add(new SearchView.Option(f.key(), f.label(), f.figures().length));
    }
    String path = SitePaths.SEARCH_PAGE;
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("page", new PageMeta("Search", "Search the pathway figures by gene symbol, title word or organism.",
        path, urls.absolute(path), ""));
    model.put("search", new SearchView(urls.link("/search"), urls.link("/figures/"), urls.link("/assets/search.js"),
        options));
    write(path, theme.template("search.ftlh"), model, "the search page");
  }

  private void write(String path, Template t, Map<String, Object> model, String what)
      throws IOException, Theme.TemplateProblem {
    out.write(path, theme.render(t, model, what));
    paths.add(path);
  }

  private static List<Item> items(List<Facet> facets) {
    List<Item> out = new ArrayList<>(facets.size());
    for (Facet f : facets) out.add(new Item(f.label(), f.key(), f.figures().length));
    return out;
  }

  private static int letterRank(String letter) {
    if (letter.equals("0-9")) return -1;
    if (letter.equals("other")) return 100;
    return letter.charAt(0);
  }

  private static String letterLabel(String letter) {
    if (letter.equals("0-9")) return "0–9";
    if (letter.equals("other")) return "Other";
    return letter.toUpperCase(java.util.Locale.ROOT);
  }

  private static int perPage(int configured) {
    return configured <= 0 ? Integer.MAX_VALUE : configured;
  }

  static int pageCount(int items, int per) {
    return Math.max(1, (int) ((items + (long) per - 1) / per));
  }

  /** One entry of an A–Z index before it is placed: {@code key} names its page. */
  private record Item(String label, String key, int count) {}
}
