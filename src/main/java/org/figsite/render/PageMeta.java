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
    // What text.strip().replaceAll("\\s+", " ") gives, but only as far as the cut needs: a
    // caption can run to pages, and the regex over all of it was a few percent of a build.
    String t = text.strip();
    StringBuilder s = new StringBuilder(Math.min(t.length(), max + 1));
    boolean inSpace = false;
    for (int i = 0; i < t.length() && s.length() <= max; i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inSpace) s.append(' ');
        inSpace = true;
      } else {
        s.append(c);
        inSpace = false;
      }
    }
    if (s.length() <= max) return s.toString();
    int cut = s.lastIndexOf(" ", max - 1);
    if (cut < max / 2) cut = max - 1;
    return s.substring(0, cut) + "…";
  }
}
