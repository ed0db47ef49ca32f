package org.figsite.build;

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
    SiteStage siteStage = new SiteStage(in.theme(), in.config(), in.site(), in.markdown(), out);
    siteStage.writeStubs(index);
    siteStage.writeGenePages(index);
    BrowseStage browse = new BrowseStage(in.theme(), in.config(), in.site(), out, index);
    browse.writeAll();
    siteStage.otherPages += browse.paths.size();
    siteStage.writeSitePages(index, in.pages());
    new SearchIndexWriter(index).write(out);
    DataFilesWriter.write(out, index, new SiteUrls(in.config()));
    siteStage.writeRobotsAndSitemaps(index, in.pages(), browse.paths);
    siteStage.writeAssets(in.options().templates());
    return new Counts(siteStage.stubs, siteStage.genePages, siteStage.otherPages, siteStage.sitemaps);
  }
}
