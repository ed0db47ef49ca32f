package org.figsite.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fragment targets ({@code id}s and {@code <a name>}s) of pages that fragment links point at.
 * Computed the first time a page is asked for and kept, so each target is parsed once however
 * many pages link into it; pages that no fragment link targets are never parsed for this.
 */
final class PageAnchors {
  private final SiteFiles files;
  private final ConcurrentHashMap<String, Set<String>> bySite = new ConcurrentHashMap<>();

  PageAnchors(SiteFiles files) {
    this.files = files;
  }

  /** The anchors of the page at site path {@code page}, which must exist. */
  Set<String> of(String page) throws IOException {
    Set<String> known = bySite.get(page);
    if (known != null) return known;
    // Parsed outside the map: computeIfAbsent would hold a lock on the bin while jsoup runs.
    String html = new String(Files.readAllBytes(files.file(page)), StandardCharsets.UTF_8);
    Set<String> parsed = in(Jsoup.parse(html));
    Set<String> raced = bySite.putIfAbsent(page, parsed);
    return raced != null ? raced : parsed;
  }

  static Set<String> in(Document doc) {
    Set<String> anchors = new HashSet<>();
    for (Element e : doc.select("[id]")) anchors.add(e.id());
    for (Element e : doc.select("a[name]")) anchors.add(e.attr("name"));
    return Set.copyOf(anchors);
  }
}
