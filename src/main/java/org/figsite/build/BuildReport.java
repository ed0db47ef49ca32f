package org.figsite.build;

import org.figsite.diag.Problems;

/**
 * What a build did.
 *
 * @param published whether the new site replaced the output folder
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
    long millis) {}
