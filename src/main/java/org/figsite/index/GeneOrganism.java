package org.figsite.index;

/**
 * An organism some figure has genes of, for the per-organism downloads.
 *
 * @param gmtFile its GMT file's site path ({@link SitePaths#gmtFile}, made unique)
 * @param figures the figures with NCBI Gene ids of this organism, ascending
 */
public record GeneOrganism(String taxon, String organism, String gmtFile, int[] figures) {}
