package org.figsite.pipeline;

import freemarker.template.Template;
import java.util.List;
import org.figsite.config.SiteConfig;
import org.figsite.load.ContentLayout;
import org.figsite.load.RecordFiles;
import org.figsite.model.Page;
import org.figsite.render.MarkdownRenderer;
import org.figsite.render.SiteView;
import org.figsite.render.Theme;

/**
 * Everything a build reads before the records: checked configuration, compiled templates, the
 * record files with their stamps, the site pages, and the keys that tell whether a cache is valid.
 *
 * @param layout where the content keeps records, data files and pages
 * @param dataFiles the data files ({@code *.tsv}) of the layout's data folder, sorted by name
 * @param settingsKey changes whenever anything but the records and site pages changes (figsite
 *     itself, configuration, templates): then every page must be redone
 * @param pages the site pages that passed their checks
 * @param pageFileCount the site page files found, valid or not
 * @param pagesKey changes with the site pages in {@code content/pages}
 * @param progress told of each record done, for a progress bar
 * @param workers the build's worker pool, of {@code --threads} threads: every parallel step runs on it
 */
record BuildInputs(
    BuildOptions options,
    SiteConfig config,
    Theme theme,
    Template figureTemplate,
    SiteView site,
    MarkdownRenderer markdown,
    ContentLayout layout,
    RecordFiles figureFiles,
    RecordFiles dataFiles,
    List<Page> pages,
    int pageFileCount,
    String settingsKey,
    String pagesKey,
    BuildProgress progress,
    Workers workers) {

  /** How record file {@code i} is named in messages and summaries. */
  String figureDisplay(int i) {
    return layout.figureDisplay(figureFiles.name(i));
  }
}
