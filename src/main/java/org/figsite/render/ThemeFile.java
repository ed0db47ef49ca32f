package org.figsite.render;

/**
 * One file of a site's theme, as {@code figsite templates --list} shows it.
 *
 * @param name the name relative to the theme root, e.g. {@code figure.ftlh} or {@code static/figsite.css}
 * @param sitePath where the site's own copy is, as the user names it (e.g. {@code templates/figure.ftlh}),
 *     or empty when the built-in file is used
 * @param builtin whether figsite ships a file of this name (so a site file of the same name overrides it)
 */
public record ThemeFile(String name, String sitePath, boolean builtin) {
  public boolean fromSite() {
    return !sitePath.isEmpty();
  }
}
