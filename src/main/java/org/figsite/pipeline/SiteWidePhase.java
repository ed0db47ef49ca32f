package org.figsite.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.figsite.index.IndexedGene;
import org.figsite.index.SiteIndex;
import org.figsite.model.Page;
import org.figsite.render.ContentPages;
import org.figsite.render.CrawlerFiles;
import org.figsite.render.DataFilesWriter;
import org.figsite.render.GenePages;
import org.figsite.render.HomePage;
import org.figsite.render.LetterIndexPages;
import org.figsite.render.ListingPages;
import org.figsite.render.NotFoundPage;
import org.figsite.render.PageWriter;
import org.figsite.render.SearchIndexWriter;
import org.figsite.render.SearchPage;
import org.figsite.render.SiteUrls;
import org.figsite.render.StaticAssets;
import org.figsite.render.StubPages;
import org.figsite.render.Theme;
import org.figsite.write.OutputTree;
import org.figsite.write.Trees;

/**
 * Writes every page made from the whole index rather than one record: stubs, gene, organism,
 * chemical and disease pages, A–Z indexes, the figure index, home and site pages, the search
 * index, the data downloads, sitemaps, robots.txt and the theme's assets. Full and incremental
 * builds run the same code; only the {@link OutputTree} differs. Each page type is assembled by
 * its own class in {@code render/}; this class only orders them and spreads them over the pool.
 */
record SiteWidePhase(BuildInputs in, SiteIndex index, OutputTree out, PageWriter pages) {
  /** What was written, for the build summary. */
  record Counts(int stubs, int genePages, int otherPages, int sitemaps) {}

  static Counts write(BuildInputs in, SiteIndex index, OutputTree out) throws IOException, Theme.TemplateProblem {
    return new SiteWidePhase(in, index, out, new PageWriter(in.theme(), in.config(), in.site(), out)).write();
  }

  private Counts write() throws IOException, Theme.TemplateProblem {
    // Stubs and gene pages are split over the pool; the listings, the search index and the data
    // files are written one after the other, as one more job on the pool, so that every thread
    // stays busy instead of all but one waiting while they run. The two groups write different
    // files, so the output does not depend on which finishes first.
    List<String> browsePages = new ArrayList<>();
    Workers.Started listings = in.workers().start(() -> {
      writeBrowsePages(browsePages);
      new SearchIndexWriter(index, in.config().thumbnails()).write(out);
      DataFilesWriter.write(out, index, new SiteUrls(in.config()));
    });
    int stubs;
    int genePages;
    try {
      stubs = writeStubs();
      genePages = writeGenePages();
    } catch (IOException | Theme.TemplateProblem | RuntimeException | Error e) {
      // The other job writes into the same tree, which the caller discards only after this
      // returns: wait for it, and report the first failure.
      try {
        listings.await();
      } catch (IOException | Theme.TemplateProblem | RuntimeException | Error second) {
        e.addSuppressed(second);
      }
      throw e;
    }
    listings.await();
    int sitePages = writeSitePages();
    int sitemaps = CrawlerFiles.write(out, in.config(), index, in.pages(), browsePages, genePages);
    for (Map.Entry<String, byte[]> e : StaticAssets.collect(in.options().templates()).entrySet()) {
      out.write("/assets/" + e.getKey(), e.getValue());
    }
    return new Counts(stubs, genePages, browsePages.size() + sitePages, sitemaps);
  }

  /** The figure index, the organism, chemical and disease listings, the A–Z indexes and the search page. */
  private void writeBrowsePages(List<String> written) throws IOException, Theme.TemplateProblem {
    ListingPages listings = new ListingPages(pages, index, written);
    listings.writeFigureIndex();
    listings.writeFacets("organism", "organisms", index.organisms(), false);
    listings.writeFacets("chemical", "chemicals", index.chemicals(), true);
    listings.writeFacets("disease", "diseases", index.diseases(), true);
    List<LetterIndexPages.Item> genes = new ArrayList<>(index.genes().size());
    for (IndexedGene g : index.genes().values()) {
      genes.add(new LetterIndexPages.Item(GenePages.label(g), g.key(), g.figures().length));
    }
    LetterIndexPages az = new LetterIndexPages(pages, written);
    az.write("genes", genes);
    az.write("organisms", LetterIndexPages.items(index.organisms()));
    az.write("chemicals", LetterIndexPages.items(index.chemicals()));
    az.write("diseases", LetterIndexPages.items(index.diseases()));
    written.add(SearchPage.write(pages, index.organisms()));
  }

  private int writeStubs() throws IOException, Theme.TemplateProblem {
    StubPages stubs = new StubPages(pages, index, Trees.isCaseSensitive(out.root()));
    AtomicInteger written = new AtomicInteger();
    in.workers().forEach(index.stubCount(), k -> {
      if (stubs.write(k)) written.incrementAndGet();
    });
    return written.get();
  }

  private int writeGenePages() throws IOException, Theme.TemplateProblem {
    GenePages genePages = new GenePages(pages, index);
    List<IndexedGene> genes = new ArrayList<>(index.genes().values());
    int count = 0;
    for (IndexedGene g : genes) count += GenePages.paging(g, in.config().figuresPerGenePage()).pages();
    in.workers().forEach(genes.size(), k -> genePages.write(genes.get(k)));
    return count;
  }

  /** The home page, the other site pages and 404.html; returns how many. */
  private int writeSitePages() throws IOException, Theme.TemplateProblem {
    Optional<Page> home = Optional.empty();
    List<Page> others = new ArrayList<>();
    for (Page p : in.pages()) {
      if (p.name().equals("index")) home = Optional.of(p);
      else others.add(p);
    }
    HomePage.write(pages, in.markdown(), index, home, others);
    for (Page p : others) ContentPages.write(pages, in.markdown(), p);
    NotFoundPage.write(pages);
    return 2 + others.size();
  }
}
