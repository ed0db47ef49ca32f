package org.figsite.render;

/**
 * The {@code page} variable: what the shared layout needs for {@code <head>}.
 *
 * @param path the page's site path, e.g. {@code /figures/X.html}
 * @param canonical absolute URL of the page
 * @param image absolute URL of a picture for link previews, or ""
 */
public record PageMeta(String title, String description, String path, String canonical, String image) {

  /** Collapses white space and cuts at a word boundary, for meta descriptions. */
  public static String summary(String text, int max) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.length() <= max) return s;
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) cut = max - 1;
    return s.substring(0, cut) + "…";
  }
}
