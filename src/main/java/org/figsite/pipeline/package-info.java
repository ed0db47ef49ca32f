/**
 * The build pipeline's orchestration: {@link org.figsite.pipeline.SiteBuilder} reads the
 * configuration and templates, lists the records, takes the output folder's lock and runs a
 * {@link org.figsite.pipeline.FullBuild} or an {@link org.figsite.pipeline.IncrementalBuild}.
 * The stages themselves are here too: {@code FigureStage} (one record: read, check, render,
 * summarize) and {@code SiteWidePhase} (every page made from the index, each page type by its
 * assembler in {@code render/}). All parallel work runs on the build's one {@link
 * org.figsite.pipeline.Workers} pool.
 *
 * <p>Named {@code pipeline}, not {@code build}: many tools and global ignore files hide a folder
 * called {@code build/} as generated output, and "build" already names the command.
 */
package org.figsite.pipeline;
