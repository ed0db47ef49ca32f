package org.figsite.render;

import java.util.List;

/**
 * The {@code search} variable of {@code search.ftlh}.
 *
 * @param indexUrl link to the folder of the search index ({@code /search})
 * @param figuresUrl link prefix of figure pages ({@code /figures/})
 * @param scriptUrl link to {@code search.js}
 * @param organisms the organisms offered by the filter, most figures first (value: their slug)
 */
public record SearchView(String indexUrl, String figuresUrl, String scriptUrl, List<Option> organisms) {

  /** One organism of the filter. */
  public record Option(String value, String label, int count) {}
}
