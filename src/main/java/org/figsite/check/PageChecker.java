package org.figsite.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figsite.diag.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks one HTML page: parses it once (tracking positions, so problems have a line and column),
 * runs every page check over the document, and lets it go. Shared by all workers; it keeps no
 * per-page state.
 */
final class PageChecker {
  private static final Pattern FIGURE_PAGE = Pattern.compile("/figures/([^/]+)\\.html");

  /** What the site-wide checks need to know about a page once it is checked. */
  record Outcome(int links, boolean stub) {}

  private final String siteDisplay;
  private final RecordSources records;
  private final LinkChecker links;
  private final StubChecker stubs;
  private final StructuredDataChecker jsonLd;
  private final SiteFiles files;
  private final Problems problems;

  PageChecker(SiteAddress address, SiteFiles files, PageAnchors anchors, RecordSources records, String siteDisplay,
      StructuredDataChecker jsonLd, Problems problems) {
    this.jsonLd = jsonLd;
    this.siteDisplay = siteDisplay;
    this.records = records;
    this.links = new LinkChecker(address, files, anchors);
    this.stubs = new StubChecker(address, files);
    this.files = files;
    this.problems = problems;
  }

  Outcome check(String page) throws IOException {
    String html = new String(Files.readAllBytes(files.file(page)), StandardCharsets.UTF_8);
    // A parser per page: jsoup parsers keep state while parsing and are not shared across threads.
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Optional<Element> refresh = StubChecker.findRefresh(doc);
    // Stubs are made from another record's redirect_from, not from a record of their own.
    Optional<String> figid = refresh.isPresent() ? Optional.empty() : figidOf(page);
    PageReporter report = new PageReporter(problems, page, siteDisplay + page, html,
        () -> figid.flatMap(records::find));

    refresh.ifPresent(r -> stubs.check(doc, page, r, report));
    int examined = links.check(doc, page, refresh.flatMap(StubChecker::target), report);
    AltTextChecker.check(doc, report);
    jsonLd.check(doc, report);
    return new Outcome(examined, refresh.isPresent());
  }

  private static Optional<String> figidOf(String page) {
    Matcher m = FIGURE_PAGE.matcher(page);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
