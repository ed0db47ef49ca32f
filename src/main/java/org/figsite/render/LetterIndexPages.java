package org.figsite.render;

import freemarker.template.Template;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.figsite.index.Facet;
import org.figsite.index.SitePaths;

/**
 * Assembles the A–Z indexes of {@code az.ftlh} (genes, organisms, chemicals, diseases): an
 * overview {@code /<dir>/index.html} listing the letters, and the pages of each letter, entries
 * sorted by label, {@link #ENTRIES_PER_LETTER_PAGE} a page.
 */
public final class LetterIndexPages {
  /** Entries on one page of an A–Z index; a letter with more is split into pages. */
  public static final int ENTRIES_PER_LETTER_PAGE = 1000;
  private static final Comparator<Item> BY_LABEL = Comparator.comparing(Item::label, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(Item::label).thenComparing(Item::key);

  /** One entry before it is placed: {@code key} names its listing page below the index's folder. */
  public record Item(String label, String key, int count) {}

  private final PageWriter pages;
  private final List<String> written;
  private final Template template;

  /** @param written where the path of every page written is added, in writing order (for the sitemap) */
  public LetterIndexPages(PageWriter pages, List<String> written) throws Theme.TemplateProblem {
    this.pages = pages;
    this.written = written;
    this.template = pages.template("az.ftlh");
  }

  /** The entries of facets: their labels, linking to their listings. */
  public static List<Item> items(List<Facet> facets) {
    List<Item> out = new ArrayList<>(facets.size());
    for (Facet f : facets) out.add(new Item(f.label(), f.key(), f.figures().length));
    return out;
  }

  /** @param dir the folder of the index and of the entries' pages ({@code genes}…), also the noun shown */
  public void write(String dir, List<Item> items) throws IOException, Theme.TemplateProblem {
    TreeMap<String, List<Item>> byLetter = new TreeMap<>(Comparator.comparingInt(LetterIndexPages::letterRank));
    for (Item it : items) byLetter.computeIfAbsent(SitePaths.letterOf(it.label()), k -> new ArrayList<>()).add(it);
    List<LetterIndexView.Letter> letters = new ArrayList<>();
    byLetter.forEach((l, list) -> letters.add(
        new LetterIndexView.Letter(l, pages.urls().link(SitePaths.letterPage(dir, l, 1)), list.size())));
    // A small index fits on its overview: list everything there too.
    List<Item> onOverview = new ArrayList<>();
    if (items.size() <= ENTRIES_PER_LETTER_PAGE) {
      onOverview.addAll(items);
      onOverview.sort(BY_LABEL);
    }
    String overview = SitePaths.letterIndex(dir);
    LetterIndexView view = new LetterIndexView(dir, "", letters, entries(dir, onOverview), items.size());
    write(overview, view, Pagination.single(pages.urls().link(overview)));
    for (Map.Entry<String, List<Item>> e : byLetter.entrySet()) {
      writeLetter(dir, e.getKey(), e.getValue(), letters, items.size());
    }
  }

  private void writeLetter(String dir, String letter, List<Item> list, List<LetterIndexView.Letter> letters,
      int total) throws IOException, Theme.TemplateProblem {
    list.sort(BY_LABEL);
    Paging paging = Paging.of(list.size(), ENTRIES_PER_LETTER_PAGE);
    for (int p = 1; p <= paging.pages(); p++) {
      List<LetterIndexView.Entry> entries = entries(dir, list.subList(paging.from(p), paging.to(p)));
      write(SitePaths.letterPage(dir, letter, p), new LetterIndexView(dir, letter, letters, entries, total),
          Pagination.of(p, paging.pages(), n -> pages.urls().link(SitePaths.letterPage(dir, letter, n))));
    }
  }

  private List<LetterIndexView.Entry> entries(String dir, List<Item> items) {
    List<LetterIndexView.Entry> entries = new ArrayList<>(items.size());
    for (Item it : items) {
      entries.add(new LetterIndexView.Entry(it.label(), pages.urls().link(SitePaths.listingPage(dir, it.key(), 1)),
          it.count()));
    }
    return entries;
  }

  private void write(String path, LetterIndexView view, Pagination pagination)
      throws IOException, Theme.TemplateProblem {
    Map<String, Object> model = pages.model(path, "", "");
    model.put("az", view);
    model.put("pagination", pagination);
    pages.write(path, template, model, "the index " + path);
    written.add(path);
  }

  private static int letterRank(String letter) {
    if (letter.equals("0-9")) return -1;
    if (letter.equals("other")) return 100;
    return letter.charAt(0);
  }
}
