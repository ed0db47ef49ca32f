package org.figsite.check;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every {@code a[href]}, {@code link[href]}, {@code img[src]} and {@code script[src]} of a
 * page: internal URLs must resolve to a file, their fragments to an anchor of the target page, and
 * no URL may point at a development server on localhost.
 */
final class LinkChecker {
  private static final String SELECTOR = "a[href], link[href], img[src], script[src]";

  private final SiteAddress address;
  private final SiteFiles files;
  private final PageAnchors anchors;

  LinkChecker(SiteAddress address, SiteFiles files, PageAnchors anchors) {
    this.address = address;
    this.files = files;
    this.anchors = anchors;
  }

  /**
   * @param page the page's site path
   * @param checkedElsewhere a URL whose target another check reports on (a stub's refresh target),
   *     so that one fault gives one problem; may be empty
   * @return the number of URLs examined
   */
  int check(Document doc, String page, Optional<String> checkedElsewhere, PageReporter report) throws IOException {
    int examined = 0;
    Set<String> ownAnchors = null;
    for (Element e : doc.select(SELECTOR)) {
      String attribute = e.normalName().equals("img") || e.normalName().equals("script") ? "src" : "href";
      String url = e.attr(attribute).trim();
      examined++;
      if (SiteAddress.isLocalServer(url)) {
        report.error(e, "link to a local development server: " + url,
            "build with the site's public address (url in figsite.yml, or --base-url)");
        continue;
      }
      if (checkedElsewhere.isPresent() && checkedElsewhere.get().equals(url)) continue;
      LinkTarget target = address.target(url, page);
      switch (target.kind()) {
        case EXTERNAL -> { }
        case OUTSIDE_BASE -> report.error(e, "link " + url + " is outside the site's base path '" + address.base() + "'",
            address.base().isEmpty() ? "" : "internal links start with the base path, e.g. " + address.base() + "/index.html");
        case INTERNAL -> {
          Optional<String> file = files.find(target.path());
          if (file.isEmpty()) {
            report.error(e, "broken link " + url, "");
          } else if (hasCheckableFragment(target, file.get())) {
            if (file.get().equals(page)) {
              if (ownAnchors == null) ownAnchors = PageAnchors.in(doc);
              checkFragment(ownAnchors, e, url, target, report);
            } else {
              checkFragment(anchors.of(file.get()), e, url, target, report);
            }
          }
        }
      }
    }
    return examined;
  }

  /** '#' and '#top' need no anchor (HTML scrolls to the top); only HTML pages have anchors. */
  private static boolean hasCheckableFragment(LinkTarget target, String file) {
    String f = target.fragment();
    return !f.isEmpty() && !f.equalsIgnoreCase("top") && SiteFiles.isHtml(file);
  }

  private static void checkFragment(Set<String> anchors, Element e, String url, LinkTarget target, PageReporter report) {
    if (!anchors.contains(target.fragment())) {
      report.error(e, "broken anchor " + url + ": no element with id \"" + target.fragment() + "\"", "");
    }
  }
}
