package org.figsite.build;

import org.figsite.diag.Problems;

/**
 * What a build did.
 *
 * @param published whether the new site replaced the output folder
 * @param skipped records and pages left out because they were invalid ({@code --skip-invalid})
 */
public record BuildReport(
    boolean published,
    Problems problems,
    int records,
    int figurePages,
    int stubs,
    int genePages,
    int otherPages,
    int sitemaps,
    long files,
    long bytes,
    long millis,
    int skipped) {}
