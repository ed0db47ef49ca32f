package org.figsite.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where. Each path comes with the text to show for it in messages (the path as
 * the user gave it).
 *
 * @param baseUrl replaces the configured url + baseurl when present
 * @param threads worker threads for reading and rendering records
 * @param useCache whether to read and write the build cache, which lets a build redo only what
 *     changed since the last one
 * @param skipInvalid report invalid records (and pages) and build the site without them, instead
 *     of failing the build
 * @param quickJit this JVM compiles with C1 only ({@code -XX:TieredStopAtLevel=1}), which starts
 *     sooner and suits a one-record rebuild, but makes a full build about half as fast again: give
 *     up before writing anything when a full build turns out to be needed, so that the launcher
 *     can run it in a JVM with the optimising compiler ({@link BuildReport#wantsFullJit()})
 */
public record BuildOptions(
    Path content,
    String contentDisplay,
    Path templates,
    String templatesDisplay,
    Path output,
    String outputDisplay,
    Path config,
    String configDisplay,
    Optional<String> baseUrl,
    int threads,
    boolean useCache,
    boolean skipInvalid,
    boolean quickJit) {}
