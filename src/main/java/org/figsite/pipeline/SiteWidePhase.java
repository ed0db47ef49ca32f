package org.figsite.pipeline;

import java.io.IOException;
import org.figsite.index.SiteIndex;
import org.figsite.render.DataFilesWriter;
import org.figsite.render.SearchIndexWriter;
import org.figsite.render.SiteUrls;
import org.figsite.render.Theme;
import org.figsite.write.OutputTree;

/**
 * Writes every page made from the whole index rather than one record: stubs, gene, organism,
 * chemical and disease pages, A–Z indexes, the figure index, home and site pages, the search
 * index, the data downloads, sitemaps, robots.txt and the theme's assets. Full and incremental
 * builds run the same code; only the {@link OutputTree} differs.
 */
final class SiteWidePhase {
  /** What was written, for the build summary. */
  record Counts(int stubs, int genePages, int otherPages, int sitemaps) {}

  private SiteWidePhase() {}

  static Counts write(BuildInputs in, SiteIndex index, OutputTree out) throws IOException, Theme.TemplateProblem {
    SiteStage siteStage = new SiteStage(in.theme(), in.config(), in.site(), in.markdown(), out, in.workers());
    BrowseStage browse = new BrowseStage(in.theme(), in.config(), in.site(), out, index);
    // Stubs and gene pages are split over the pool; the listings, the search index and the data
    // files are written one after the other, as one more job on the pool, so that every thread
    // stays busy instead of all but one waiting while they run. The two groups write different
    // files, so the output does not depend on which finishes first.
    Workers.Started listings = in.workers().start(() -> {
      browse.writeAll();
      new SearchIndexWriter(index, in.config().thumbnails()).write(out);
      DataFilesWriter.write(out, index, new SiteUrls(in.config()));
    });
    try {
      siteStage.writeStubs(index);
      siteStage.writeGenePages(index);
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
    siteStage.otherPages += browse.paths.size();
    siteStage.writeSitePages(index, in.pages());
    siteStage.writeRobotsAndSitemaps(index, in.pages(), browse.paths);
    siteStage.writeAssets(in.options().templates());
    return new Counts(siteStage.stubs, siteStage.genePages, siteStage.otherPages, siteStage.sitemaps);
  }
}
