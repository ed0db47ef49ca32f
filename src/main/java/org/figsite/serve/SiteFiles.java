package org.figsite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.figsite.index.PagesLookup;

/**
 * Finds the file a request names in the built site, by GitHub Pages' rules ({@link PagesLookup},
 * shared with {@code figsite check}): {@code /x} is the file x, else x.html, else a redirect to
 * {@code /x/} when x is a folder; {@code /dir/} is dir/index.html. Only regular files whose real
 * path stays inside the site count.
 *
 * <p>Make one per request: a build swaps a whole new folder in at the same path, so nothing about
 * the folder is kept between requests.
 */
final class SiteFiles {
  /** What a lookup found. */
  sealed interface Lookup permits Found, AddSlash, Missing {}

  /** A regular file inside the site, as its real path. */
  record Found(Path file) implements Lookup {}

  /** A folder asked for without its trailing slash. */
  record AddSlash() implements Lookup {}

  record Missing() implements Lookup {}

  private final Path root;

  SiteFiles(Path root) {
    this.root = root;
  }

  Lookup find(RequestPath path) {
    // The site's own address without its slash (/pfocr): GitHub Pages redirects to /pfocr/.
    if (path.segments().isEmpty() && !path.directory()) return Files.isDirectory(root) ? new AddSlash() : new Missing();
    String urlPath = "/" + String.join("/", path.segments()) + (path.directory() && !path.segments().isEmpty() ? "/" : "");
    PagesLookup.Result r = PagesLookup.find(urlPath, PagesLookup.Site.of(
        p -> resolve(p).map(this::regularFile).orElse(new Missing()) instanceof Found,
        p -> resolve(p).filter(Files::isDirectory).flatMap(this::inside).isPresent()));
    if (r instanceof PagesLookup.Found f) return resolve(f.path()).map(this::regularFile).orElse(new Missing());
    return r instanceof PagesLookup.AddSlash ? new AddSlash() : new Missing();
  }

  /** The site's own 404 page, if it has one. */
  Optional<Path> notFoundPage() {
    return find(new RequestPath(List.of("404.html"), false)) instanceof Found f ? Optional.of(f.file()) : Optional.empty();
  }

  /** The file at a site path; the path's names come from a decoded request, so none holds a '/'. */
  private Optional<Path> resolve(String sitePath) {
    Path p = root;
    try {
      // One name at a time, so no name can carry a root of its own.
      for (String s : sitePath.split("/")) if (!s.isEmpty()) p = p.resolve(s);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  private Lookup regularFile(Path p) {
    Optional<Path> real = inside(p);
    return real.isPresent() && Files.isRegularFile(real.get(), LinkOption.NOFOLLOW_LINKS) ? new Found(real.get()) : new Missing();
  }

  /**
   * The real path of p if it lies in the site once every link is followed. A link to elsewhere in
   * the site is fine; one that leads out of it is treated as absent.
   */
  private Optional<Path> inside(Path p) {
    try {
      Path realRoot = root.toRealPath();
      Path real = p.toRealPath();
      return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
