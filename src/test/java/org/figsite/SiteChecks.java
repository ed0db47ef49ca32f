package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.figsite.testing.FileTrees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a built site against what its templates can produce: every HTML file parses, holds only
 * the elements and attributes the templates (or the cleaned record body) write, no event handler,
 * no script but the JSON-LD and the stubs' redirect, no link with a dangerous scheme.
 */
final class SiteChecks {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Elements written by templates/*.ftlh. */
  private static final Set<String> TEMPLATE_TAGS = Set.of("html", "head", "meta", "title", "link", "script",
      "body", "a", "header", "nav", "main", "footer", "article", "h1", "h2", "figure", "img", "figcaption",
      "dl", "dt", "dd", "code", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li",
      "span", "p", "form", "label", "input", "select", "option", "button", "noscript", "output", "strong");
  /** Elements jsoup's relaxed safelist lets through in a record's Markdown body. */
  private static final Set<String> BODY_TAGS = Set.of("a", "b", "blockquote", "br", "caption", "cite", "code",
      "col", "colgroup", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol",
      "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "u", "ul");
  private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content", "property", "rel",
      "href", "src", "alt", "loading", "class", "id", "type", "aria-label", "aria-labelledby", "scope",
      "http-equiv", "title", "width", "height", "align", "cite", "abbr", "axis", "colspan", "rowspan", "span",
      "summary", "start", "download", "action", "method", "for", "value", "placeholder", "autocomplete",
      "spellcheck", "role", "aria-current", "aria-live", "data-index", "data-figures", "defer", "hidden",
      "aria-controls", "aria-describedby", "data-i");
  /** A stub's one script: it takes the address from the stub's first link, so no input reaches it. */
  private static final String STUB_SCRIPT = "location.replace(document.links[0].href+location.hash)";

  private SiteChecks() {}

  static List<Path> htmlFiles(Path out) {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parse(Path file) {
    return Jsoup.parse(FileTrees.read(file), "https://example.org/", Parser.htmlParser());
  }

  /** Runs every structural check over every page of the site. */
  static void checkSite(Path out) {
    List<Path> pages = htmlFiles(out);
    assertThat(pages).as("pages in " + out).isNotEmpty();
    for (Path p : pages) checkPage(out.relativize(p).toString(), parse(p));
  }

  static void checkPage(String name, Document doc) {
    boolean stub = doc.selectFirst("meta[http-equiv]") != null;
    for (Element e : doc.getAllElements()) {
      if (e == doc) continue;
      String tag = e.normalName();
      boolean inBody = e.parent() != null && e.parent().closest("section.notes") != null;
      if (!(inBody ? BODY_TAGS : TEMPLATE_TAGS).contains(tag)) {
        fail(name + ": element <" + tag + "> is not one the templates write: " + e.outerHtml());
      }
      for (Attribute a : e.attributes()) {
        String k = a.getKey().toLowerCase(Locale.ROOT);
        if (k.startsWith("on") || !ATTRIBUTES.contains(k)) fail(name + ": attribute " + k + " on " + tag + ": " + e.outerHtml());
        if (k.equals("href") || k.equals("src")) checkUrl(name, a.getValue());
        if (k.equals("http-equiv") && !stub) fail(name + ": meta http-equiv outside a stub");
        if (k.equals("style")) fail(name + ": style attribute");
      }
      if (tag.equals("script")) {
        if (e.attr("type").equals("application/ld+json")) {
          assertThat(name.startsWith("figures/") || name.startsWith("genes/") || name.equals("index.html"))
              .as(name + ": JSON-LD only on figure, gene and home pages").isTrue();
          jsonLd(name, e.data());
        } else if (name.equals("search.html") && e.attr("src").endsWith("/assets/search.js")
            || e.attr("src").endsWith("/assets/thumbs.js")) {
          // The theme's own search and thumbnail scripts, loaded from the site, with no inline code.
          assertThat(e.data()).as(name + ": theme script has no inline code").isEmpty();
        } else {
          assertThat(stub).as(name + ": a script that is not JSON-LD outside a stub").isTrue();
          assertThat(e.data()).as(name + ": stub script").isEqualTo(STUB_SCRIPT);
          Element first = doc.selectFirst("a[href]");
          assertThat(first).as(name + ": stub link").isNotNull();
          assertThat(first.attr("href")).as(name + ": stub's first link").startsWith("https://example.org/");
        }
      }
    }
    assertThat(doc.select("script[type=application/ld+json]").size()).as(name + ": JSON-LD scripts").isLessThanOrEqualTo(1);
  }

  private static void checkUrl(String page, String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    int colon = u.indexOf(':');
    int slash = u.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      String scheme = u.substring(0, colon);
      if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("mailto")) {
        fail(page + ": link with scheme '" + scheme + "': " + url);
      }
    }
    if (u.startsWith("//")) fail(page + ": protocol-relative link " + url);
  }

  static JsonNode jsonLd(String name, String data) {
    try {
      return JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw new AssertionError(name + ": JSON-LD does not parse: " + e.getOriginalMessage() + "\n" + data, e);
    }
  }

  /** The parsed JSON-LD of a figure page. */
  static JsonNode jsonLdOf(Path page) {
    Element s = parse(page).selectFirst("script[type=application/ld+json]");
    assertThat(s).as(page + " has JSON-LD").isNotNull();
    return jsonLd(page.toString(), s.data());
  }
}
