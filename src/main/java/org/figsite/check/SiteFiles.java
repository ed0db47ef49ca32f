package org.figsite.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a built site, collected by one walk of the folder, and how a URL path finds one of
 * them the way GitHub Pages serves it. Paths are site paths: '/'-separated, starting with '/'.
 */
final class SiteFiles {
  private final Path root;
  private final Set<String> files;
  private final List<String> pages;

  private SiteFiles(Path root, Set<String> files, List<String> pages) {
    this.root = root;
    this.files = files;
    this.pages = pages;
  }

  /** Walks {@code root} once; symbolic links are not followed. */
  static SiteFiles walk(Path root) throws IOException {
    Set<String> files = new HashSet<>();
    List<String> pages = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(Files::isRegularFile).forEach(f -> {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(f)) path.append('/').append(part);
        String p = path.toString();
        files.add(p);
        if (isHtml(p)) pages.add(p);
      });
    }
    pages.sort(null);
    return new SiteFiles(root, files, List.copyOf(pages));
  }

  static boolean isHtml(String path) {
    return path.endsWith(".html") || path.endsWith(".htm");
  }

  /** The HTML pages, sorted. */
  List<String> pages() {
    return pages;
  }

  boolean exists(String file) {
    return files.contains(file);
  }

  /**
   * The file GitHub Pages serves for a URL path: {@code /dir/} is {@code /dir/index.html}, and
   * {@code /x} is {@code /x}, else {@code /x.html}, else {@code /x/index.html}.
   */
  Optional<String> find(String urlPath) {
    if (urlPath.isEmpty() || urlPath.endsWith("/")) {
      String index = (urlPath.isEmpty() ? "/" : urlPath) + "index.html";
      return files.contains(index) ? Optional.of(index) : Optional.empty();
    }
    for (String candidate : new String[] {urlPath, urlPath + ".html", urlPath + "/index.html"}) {
      if (files.contains(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  Path file(String sitePath) {
    return root.resolve(sitePath.substring(1));
  }
}
