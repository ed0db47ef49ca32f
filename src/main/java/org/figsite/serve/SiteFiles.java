package org.figsite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the file a request names in the built site, by GitHub Pages' rules: {@code /x} is the file
 * x, else x.html, else a redirect to {@code /x/} when x is a folder; {@code /dir/} is
 * dir/index.html. So {@code /search} is search.html even though the site also has a folder
 * {@code search/} (its index), as on GitHub Pages.
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
    Optional<Path> named = resolve(path.segments());
    if (named.isEmpty()) return new Missing();
    Path p = named.get();
    if (path.directory()) {
      return Files.isDirectory(p) ? regularFile(p.resolve("index.html")) : new Missing();
    }
    if (Files.isRegularFile(p)) return regularFile(p);
    if (!path.segments().isEmpty()) {
      Lookup page = regularFile(p.resolveSibling(p.getFileName() + ".html"));
      if (page instanceof Found) return page;
    }
    if (Files.isDirectory(p)) return inside(p).isPresent() ? new AddSlash() : new Missing();
    return new Missing();
  }

  /** The site's own 404 page, if it has one. */
  Optional<Path> notFoundPage() {
    return find(new RequestPath(List.of("404.html"), false)) instanceof Found f ? Optional.of(f.file()) : Optional.empty();
  }

  private Optional<Path> resolve(List<String> segments) {
    Path p = root;
    try {
      // One name at a time, so no segment can carry a separator or a root of its own.
      for (String s : segments) p = p.resolve(s);
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
