package org.figsite.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;

/**
 * Checks {@code sitemap.xml}, and when it is a sitemap index the files it lists, against the
 * sitemap protocol and the site: well-formed XML in the sitemap namespace, at most 50,000 URLs and
 * 50 MB per file, and every {@code <loc>} an absolute URL of an existing page of this site that is
 * not a redirect stub. Files are streamed, never held whole.
 */
final class SitemapChecker {
  static final int MAX_URLS = 50_000;
  static final long MAX_BYTES = 50L * 1024 * 1024;
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private final SiteAddress address;
  private final SiteFiles files;
  private final Set<String> stubs;
  private final String siteDisplay;
  private final Problems problems;
  private final XMLInputFactory xml;

  /** @param stubs the site paths of the redirect stubs, found while checking the pages */
  SitemapChecker(SiteAddress address, SiteFiles files, Set<String> stubs, String siteDisplay, Problems problems) {
    this.address = address;
    this.files = files;
    this.stubs = stubs;
    this.siteDisplay = siteDisplay;
    this.problems = problems;
    this.xml = XMLInputFactory.newFactory();
    // A sitemap has no business with a DTD; refusing them also shuts out entity expansion attacks.
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }

  void check() {
    if (!files.exists("/sitemap.xml")) {
      problems.add(Problem.error(SourcePos.ofFile(siteDisplay + "/sitemap.xml"), "missing sitemap.xml")
          .withHint("robots.txt and search engines expect one at the site's root"));
      return;
    }
    checkFile("/sitemap.xml", true);
  }

  private void checkFile(String sitemap, boolean indexAllowed) {
    String shown = siteDisplay + sitemap;
    List<String> listed = new ArrayList<>();
    try {
      long size = Files.size(files.file(sitemap));
      if (size > MAX_BYTES) {
        error(SourcePos.ofFile(shown), String.format(Locale.ROOT,
            "%,d bytes; a sitemap file may be at most %,d bytes (50 MB) uncompressed", size, MAX_BYTES),
            "split it into several files listed by a sitemap index");
      }
      try (InputStream in = Files.newInputStream(files.file(sitemap))) {
        XMLStreamReader r = xml.createXMLStreamReader(in);
        try {
          readSitemap(r, shown, indexAllowed, listed);
        } finally {
          r.close();
        }
      }
    } catch (XMLStreamException e) {
      error(pos(shown, e.getLocation()), "not well-formed XML: " + messageOf(e), "");
    } catch (IOException e) {
      error(SourcePos.ofFile(shown), "cannot read: " + e.getMessage(), "");
    }
    for (String child : listed) checkFile(child, false);
  }

  private void readSitemap(XMLStreamReader r, String shown, boolean indexAllowed, List<String> listed)
      throws XMLStreamException {
    r.nextTag();
    boolean index = r.getLocalName().equals("sitemapindex");
    if (!NS.equals(r.getNamespaceURI()) || !(index || r.getLocalName().equals("urlset"))) {
      error(pos(shown, r.getLocation()), "root element must be <urlset> or <sitemapindex> in the namespace " + NS,
          "");
      return;
    }
    if (index && !indexAllowed) {
      error(pos(shown, r.getLocation()), "a sitemap index may only list sitemaps, not another index", "");
      return;
    }
    String entry = index ? "sitemap" : "url";
    int entries = 0;
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
      if (r.getLocalName().equals(entry)) {
        entries++;
      } else if (r.getLocalName().equals("loc")) {
        SourcePos at = pos(shown, r.getLocation());
        String loc = r.getElementText().trim();
        if (index) findSitemap(loc, at).ifPresent(listed::add);
        else checkPageLoc(loc, at);
      }
    }
    if (entries > MAX_URLS) {
      error(SourcePos.ofFile(shown), String.format(Locale.ROOT,
          "lists %,d %s; a sitemap file may list at most %,d", entries, index ? "sitemaps" : "URLs", MAX_URLS),
          index ? "" : "split it into several files listed by a sitemap index");
    }
  }

  private void checkPageLoc(String loc, SourcePos at) {
    Optional<String> path = siteTarget(loc, at);
    if (path.isEmpty()) return;
    Optional<String> file = files.find(path.get());
    if (file.isEmpty()) {
      error(at, "<loc> " + loc + " is not a page of the site", "");
    } else if (stubs.contains(file.get())) {
      error(at, "<loc> " + loc + " is a redirect stub", "list the page it redirects to instead");
    }
  }

  /** The site file of a sitemap listed by the index, when it exists. */
  private Optional<String> findSitemap(String loc, SourcePos at) {
    Optional<String> path = siteTarget(loc, at);
    if (path.isEmpty()) return Optional.empty();
    if (!files.exists(path.get())) {
      error(at, "<loc> " + loc + " is not a file of the site", "");
      return Optional.empty();
    }
    return path;
  }

  /** The site path of an absolute URL under the site's address; other URLs are reported. */
  private Optional<String> siteTarget(String loc, SourcePos at) {
    String lower = loc.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      error(at, "<loc> " + loc + " is not an absolute URL", "sitemaps need full URLs, e.g. " + address.root() + "/");
      return Optional.empty();
    }
    LinkTarget t = address.target(loc, "/");
    if (t.kind() != LinkTarget.Kind.INTERNAL) {
      error(at, "<loc> " + loc + " is not under the site's address " + address.root() + "/", "");
      return Optional.empty();
    }
    return Optional.of(t.path());
  }

  private void error(SourcePos at, String message, String hint) {
    problems.add(Problem.error(at, message).withHint(hint));
  }

  private static SourcePos pos(String file, Location at) {
    return at == null || at.getLineNumber() <= 0 ? SourcePos.ofFile(file)
        : new SourcePos(file, at.getLineNumber(), Math.max(1, at.getColumnNumber()));
  }

  /** The JDK's message starts with its own "ParseError at [row,col]"; the position is printed already. */
  private static String messageOf(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
  }
}
