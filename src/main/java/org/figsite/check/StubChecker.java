package org.figsite.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a redirect stub (a page with a meta refresh): its target must be a page of this site, and
 * its first {@code <a href>}, which programs that ignore the refresh follow, must be that target.
 */
final class StubChecker {
  private static final Pattern REFRESH = Pattern.compile(
      "\\s*[0-9]*(?:\\.[0-9]*)?\\s*[;,]\\s*url\\s*=\\s*(['\"]?)(.*?)\\1\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final SiteAddress address;
  private final SiteFiles files;

  StubChecker(SiteAddress address, SiteFiles files) {
    this.address = address;
    this.files = files;
  }

  /** The page's meta refresh element, if it redirects somewhere. */
  static Optional<Element> findRefresh(Document doc) {
    for (Element meta : doc.select("meta[http-equiv]")) {
      if (meta.attr("http-equiv").trim().equalsIgnoreCase("refresh") && target(meta).isPresent()) {
        return Optional.of(meta);
      }
    }
    return Optional.empty();
  }

  /** The refresh target as written in the {@code content} attribute. */
  static Optional<String> target(Element refresh) {
    Matcher m = REFRESH.matcher(refresh.attr("content"));
    return m.matches() && !m.group(2).isBlank() ? Optional.of(m.group(2).trim()) : Optional.empty();
  }

  void check(Document doc, String page, Element refresh, PageReporter report) {
    String target = target(refresh).orElseThrow();
    LinkTarget t = address.target(target, page);
    if (t.kind() != LinkTarget.Kind.INTERNAL) {
      report.error(refresh, "redirect target " + target + " is not on this site (" + address.root() + "/)", "");
    } else if (files.find(t.path()).isEmpty()) {
      report.error(refresh, "redirect target " + target + " does not exist in the site", "");
    }
    Element first = doc.selectFirst("a[href]");
    if (first == null) {
      report.error(refresh, "redirect stub has no <a href> to its target",
          "programs that ignore meta refresh follow the page's first link");
    } else if (!first.attr("href").trim().equals(target)) {
      report.error(first, "redirect stub's first link " + first.attr("href").trim()
          + " differs from its refresh target " + target, "");
    }
  }
}
