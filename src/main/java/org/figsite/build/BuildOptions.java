package org.figsite.build;

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
    boolean skipInvalid) {}
