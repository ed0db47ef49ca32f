package org.figsite.check;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code figsite check} looks at. Each path comes with the form the user typed, which is what
 * problems print.
 *
 * @param baseUrl an absolute URL replacing the configured url + baseurl; when present the
 *     configuration file is not read
 */
public record CheckOptions(
    Path site,
    String siteDisplay,
    Path content,
    String contentDisplay,
    Path config,
    String configDisplay,
    Optional<String> baseUrl,
    int threads) {}
