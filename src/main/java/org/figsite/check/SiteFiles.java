package org.figsite.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.figsite.index.PagesLookup;

/**
 * The files of a built site, collected by one walk of the folder, and how a URL path finds one of
 * them the way GitHub Pages serves it. Paths are site paths: '/'-separated, starting with '/'.
 */
final class SiteFiles {
  private final Path root;
  private final Set<String> files;
  private final Set<String> folders;
  private final List<String> pages;

  private SiteFiles(Path root, Set<String> files, Set<String> folders, List<String> pages) {
    this.root = root;
    this.files = files;
    this.folders = folders;
    this.pages = pages;
  }

  /** Walks {@code root} once; symbolic links are not followed. */
  static SiteFiles walk(Path root) throws IOException {
    Set<String> files = new HashSet<>();
    Set<String> folders = new HashSet<>();
    List<String> pages = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.forEach(f -> {
        if (f.equals(root)) return;
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(f)) path.append('/').append(part);
        String p = path.toString();
        // Files first: they are nearly every entry, so most take one stat, as before folders counted.
        if (Files.isRegularFile(f)) {
          files.add(p);
          if (isHtml(p)) pages.add(p);
        } else if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
          folders.add(p);
        }
      });
    }
    pages.sort(null);
    return new SiteFiles(root, files, folders, List.copyOf(pages));
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
   * The file GitHub Pages serves for a URL path ({@link PagesLookup}), following its redirect from
   * {@code /x} to {@code /x/}.
   */
  Optional<String> find(String urlPath) {
    PagesLookup.Site site = PagesLookup.Site.of(files::contains, folders::contains);
    PagesLookup.Result r = PagesLookup.find(urlPath, site);
    if (r instanceof PagesLookup.AddSlash) r = PagesLookup.find(urlPath + "/", site);
    return r instanceof PagesLookup.Found f ? Optional.of(f.path()) : Optional.empty();
  }

  Path file(String sitePath) {
    return root.resolve(sitePath.substring(1));
  }
}
