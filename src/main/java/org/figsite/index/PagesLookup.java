package org.figsite.index;

import java.util.function.Predicate;

/**
 * How GitHub Pages finds the file for a URL path, the one rule that {@code figsite serve}, {@code
 * figsite check} and the browser tests' server all follow: {@code /x/} is {@code x/index.html};
 * {@code /x} is the file x, else {@code x.html}, else, when x is a folder, a redirect to {@code
 * /x/}. So a page wins over a folder of the same name ({@code /search} is {@code search.html}
 * beside the search index's {@code search/}). Paths are site paths: '/'-separated, starting with
 * '/', already percent-decoded.
 */
public final class PagesLookup {
  private PagesLookup() {}

  /** What a site holds at a site path. */
  public interface Site {
    boolean isFile(String path);

    boolean isFolder(String path);

    static Site of(Predicate<String> isFile, Predicate<String> isFolder) {
      return new Site() {
        @Override
        public boolean isFile(String path) {
          return isFile.test(path);
        }

        @Override
        public boolean isFolder(String path) {
          return isFolder.test(path);
        }
      };
    }
  }

  /** What a lookup found. */
  public sealed interface Result permits Found, AddSlash, Missing {}

  /** The file at this site path answers. */
  public record Found(String path) implements Result {}

  /** A folder asked for without its trailing slash: the answer is a redirect to the path with one. */
  public record AddSlash() implements Result {}

  public record Missing() implements Result {}

  /** The answer for {@code urlPath} ("" and "/" are the site's root) on {@code site}. */
  public static Result find(String urlPath, Site site) {
    if (urlPath.isEmpty() || urlPath.endsWith("/")) {
      String index = (urlPath.isEmpty() ? "/" : urlPath) + "index.html";
      return site.isFile(index) ? new Found(index) : new Missing();
    }
    if (site.isFile(urlPath)) return new Found(urlPath);
    if (site.isFile(urlPath + ".html")) return new Found(urlPath + ".html");
    return site.isFolder(urlPath) ? new AddSlash() : new Missing();
  }
}
