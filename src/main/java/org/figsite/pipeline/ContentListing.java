package org.figsite.pipeline;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.figsite.diag.Problems;
import org.figsite.load.ContentLayout;
import org.figsite.load.ContentLinks;
import org.figsite.load.RecordFiles;

/**
 * The record files and data files of the content, listed and stat-ed on threads of their own
 * from the moment the layout is known, while the configuration and templates are read.
 */
final class ContentListing {
  private final ContentLayout layout;
  private final Background<RecordFiles> figures;
  private final Background<RecordFiles> data;

  private ContentListing(ContentLayout layout, Background<RecordFiles> figures, Background<RecordFiles> data) {
    this.layout = layout;
    this.figures = figures;
    this.data = data;
  }

  /** Starts both listings; on the calling thread when the build has one thread only. */
  static ContentListing start(ContentLayout layout, Workers workers) {
    boolean inline = workers.threads() == 1;
    return new ContentListing(layout,
        Background.start("figsite-list", inline, () -> RecordFiles.list(layout.figures(), workers)),
        Background.start("figsite-list-data", inline, () -> RecordFiles.list(layout.data(), ".tsv", workers)));
  }

  /** The record files; a link among them that leaves the content folder is an error. */
  RecordFiles figures(Problems problems) throws IOException {
    return withLinksReported(figures.get(), layout::figureDisplay, problems);
  }

  /** The data files ({@code *.tsv}); a link among them that leaves the content folder is an error. */
  RecordFiles data(Problems problems) throws IOException {
    return withLinksReported(data.get(), layout::dataDisplay, problems);
  }

  private static RecordFiles withLinksReported(RecordFiles files, UnaryOperator<String> display, Problems problems) {
    for (String name : files.linksOutside()) problems.add(ContentLinks.leftContent(display.apply(name)));
    return files;
  }
}
