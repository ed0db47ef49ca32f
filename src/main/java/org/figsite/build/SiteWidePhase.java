package org.figsite.build;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    SiteStage siteStage = new SiteStage(in.theme(), in.config(), in.site(), in.markdown(), out);
    BrowseStage browse = new BrowseStage(in.theme(), in.config(), in.site(), out, index);
    // Stubs and gene pages are split over the pool; the listings, the search index and the data
    // files are written one after the other. Running the second group on a thread of its own
    // keeps every core busy instead of leaving all but one idle while it runs. The two groups
    // write different files, so the output does not depend on which finishes first.
    FutureTask<Void> listings = new FutureTask<>(() -> {
      browse.writeAll();
      new SearchIndexWriter(index, in.config().thumbnails()).write(out);
      DataFilesWriter.write(out, index, new SiteUrls(in.config()));
      return null;
    });
    Thread side = new Thread(listings, "figsite-listings");
    side.setDaemon(true);
    side.start();
    try {
      siteStage.writeStubs(index);
      siteStage.writeGenePages(index);
    } finally {
      // Even when the stubs failed: the other thread writes into the same tree, and the caller
      // discards it only after this returns.
      awaitQuietly(listings);
    }
    rethrow(listings);
    siteStage.otherPages += browse.paths.size();
    siteStage.writeSitePages(index, in.pages());
    siteStage.writeRobotsAndSitemaps(index, in.pages(), browse.paths);
    siteStage.writeAssets(in.options().templates());
    return new Counts(siteStage.stubs, siteStage.genePages, siteStage.otherPages, siteStage.sitemaps);
  }

  private static void awaitQuietly(FutureTask<Void> task) {
    boolean interrupted = false;
    while (true) {
      try {
        task.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException e) {
        break;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private static void rethrow(FutureTask<Void> task) throws IOException, Theme.TemplateProblem {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) throw io;
      if (c instanceof Theme.TemplateProblem tp) throw tp;
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }
}
