/**
 * The build pipeline's orchestration: {@link org.figsite.build.SiteBuilder} reads the
 * configuration and templates, lists the records, takes the output folder's lock and runs a
 * {@link org.figsite.build.FullBuild} or an {@link org.figsite.build.IncrementalBuild}. The stages
 * themselves are here too: {@code FigureStage} (one record: read, check, render, summarize) and
 * {@code SiteWidePhase} with {@code SiteStage} and {@code BrowseStage} (every page made from the
 * index). All parallel work runs on the build's one {@link org.figsite.build.Workers} pool.
 */
package org.figsite.build;
