package org.figsite.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-site checks through {@code figsite check}: a clean site, then one seeded fault per test,
 * each asserting the exact problem line and the exit status.
 */
class SiteCheckerTest {
  private static final String[] BASE_URL = {"--base-url", "https://example.org/pfocr"};

  @TempDir Path dir;
  private TestSite site;

  /** A clean site at https://example.org/pfocr: a figure, a redirect stub to it, a gene page, home. */
  @BeforeEach
  void writeCleanSite() {
    site = new TestSite(dir).files(
        "content/figures/PMC1.md", """
            ---
            figid: PMC1
            title: ERBB2 signalling
            ---
            A figure.
            """,
        "site-output/index.html", page("""
            <title>PFOCR</title>
            <link rel="canonical" href="https://example.org/pfocr/">
            """, """
            <a href="/pfocr/figures/PMC1.html">ERBB2 signalling</a>
            <a href="/pfocr/genes/ERBB2.html#figures">ERBB2</a>
            """),
        "site-output/figures/PMC1.html", page("""
            <title>ERBB2 signalling</title>
            <link rel="canonical" href="https://example.org/pfocr/figures/PMC1.html">
            <link rel="stylesheet" href="/pfocr/assets/site.css">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset",\
            "name":"ERBB2 signalling","description":"A pathway figure of ERBB2 signalling in breast cancer cells, with 12 genes.",\
            "license":"https://creativecommons.org/publicdomain/zero/1.0/","creator":{"@type":"Organization","name":"WikiPathways"},\
            "url":"https://example.org/pfocr/figures/PMC1.html","@id":"https://example.org/pfocr/figures/PMC1.html",\
            "keywords":["ERBB2"],"identifier":"PMC1","isAccessibleForFree":true,\
            "citation":{"@type":"ScholarlyArticle","name":"ERBB2 in breast cancer"},\
            "includedInDataCatalog":{"@type":"DataCatalog","name":"PFOCR","url":"https://example.org/pfocr/"},\
            "http://purl.org/dc/terms/conformsTo":{"@id":"https://bioschemas.org/profiles/Dataset/1.0-RELEASE"}}</script>
            """, """
            <img src="/pfocr/figures/PMC1.png" alt="ERBB2 signalling pathway">
            <table><tr><td><a href="/pfocr/genes/ERBB2.html">ERBB2</a></td>
            <td><a href="https://www.ncbi.nlm.nih.gov/gene/2064">2064</a></td></tr></table>
            <a href="#top">back to top</a>
            <script src="/pfocr/assets/site.js"></script>
            """),
        "site-output/figures/PMC1.png", "not really a PNG",
        "site-output/figures/old-name.html", page("""
            <meta charset="utf-8">
            <title>ERBB2 signalling</title>
            <link rel="canonical" href="https://example.org/pfocr/figures/PMC1.html">
            <meta http-equiv="refresh" content="0; url=https://example.org/pfocr/figures/PMC1.html">
            <script>location.replace("https://example.org/pfocr/figures/PMC1.html"+location.hash)</script>
            """, """
            <p>This figure has moved to <a href="https://example.org/pfocr/figures/PMC1.html">its new address</a>.</p>
            """),
        "site-output/genes/ERBB2.html", page("""
            <title>Gene ERBB2</title>
            <link rel="canonical" href="https://example.org/pfocr/genes/ERBB2.html">
            """, """
            <section id="figures">
            <a href="../figures/PMC1.html">ERBB2 signalling</a>
            <a href="/pfocr/">home</a>
            <a href="/pfocr/genes/ERBB2">this page, without .html</a>
            <a href="mailto:team@example.org">write to us</a>
            </section>
            """),
        "site-output/404.html", page("<title>Page not found</title>\n", "<a href=\"/pfocr/\">home</a>\n"),
        "site-output/assets/site.css", "body { margin: 0 }\n",
        "site-output/assets/site.js", "\n",
        "site-output/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: https://example.org/pfocr/sitemap.xml\n",
        "site-output/sitemap.xml", urlset("https://example.org/pfocr/", "https://example.org/pfocr/figures/PMC1.html",
            "https://example.org/pfocr/genes/ERBB2.html"),
        "site-output/.nojekyll", "");
  }

  /**
   * A page whose lines the assertions count: 1 to 3 are the doctype, {@code <html>} and {@code
   * <head>}; {@code head} starts on line 4, and {@code body} two lines after it ends.
   */
  private static String page(String head, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + head + "</head>\n<body>\n" + body + "</body>\n</html>\n";
  }

  /** The home page with {@code body} from its seventh line on. */
  private static String homePage(String body) {
    return page("<title>PFOCR</title>\n", body);
  }

  /** A sitemap file listing {@code locs}, the first on its third line. */
  private static String urlset(String... locs) {
    StringBuilder xml = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String loc : locs) xml.append("<url><loc>").append(loc).append("</loc></url>\n");
    return xml.append("</urlset>\n").toString();
  }

  /** The home page with one JSON-LD script, on its fifth line. */
  private static String jsonLdPage(String json) {
    return page("<title>PFOCR</title>\n<script type=\"application/ld+json\">" + json + "</script>\n", "");
  }

  /** Runs {@code figsite check} and expects exactly these problems and a failure. */
  private TestSite.Run assertCheckFailsWith(String... headlines) {
    return assertCheck(1, headlines);
  }

  /** Runs {@code figsite check} and expects exactly these problems, warnings that let it pass. */
  private TestSite.Run assertCheckWarnsWith(String... headlines) {
    return assertCheck(0, headlines);
  }

  private TestSite.Run assertCheck(int exitCode, String... headlines) {
    TestSite.Run run = site.check(BASE_URL);
    assertThat(run.headlines()).as(run.err()).containsExactly(headlines);
    assertThat(run.exitCode()).isEqualTo(exitCode);
    return run;
  }

  @Test
  void passesACleanSiteAndPrintsASummaryWithPagesPerSecond() throws IOException {
    TestSite.Run run = site.check(BASE_URL);

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("figsite check: 5 pages, 1[0-9] links checked; 0 error\\(s\\), 0 warning\\(s\\) "
        + "in [0-9.]+ s \\([0-9,]+ pages/s\\)\n");
  }

  /** Faults one changed file seeds into the clean site, each with the one problem it must give. */
  static Stream<Arguments> singleFaults() {
    return Stream.of(
        arguments("a broken link on a page with no record, reported at the element in the output", "site-output/index.html",
            homePage("""
            <p>See <a href="/pfocr/about.html">about</a>.</p>
            """),
            "site-output/index.html:7:8: error: broken link /pfocr/about.html"),
        arguments("a root-relative link that leaves out the base path", "site-output/index.html",
            homePage("""
            <a href="/genes/ERBB2.html">ERBB2</a>
            """),
            "site-output/index.html:7:1: error: link /genes/ERBB2.html is outside the site's base path '/pfocr'"),
        arguments("a broken anchor", "site-output/index.html",
            homePage("""
            <a href="/pfocr/genes/ERBB2.html#figures">fine</a>
            <a href="/pfocr/genes/ERBB2.html#chemicals">broken</a>
            """),
            "site-output/index.html:8:1: error: "
            + "broken anchor /pfocr/genes/ERBB2.html#chemicals: no element with id \"chemicals\""),
        arguments("a stub that points at a missing page", "site-output/figures/old-name.html",
            page("""
            <link rel="canonical" href="https://example.org/pfocr/figures/PMC2.html">
            <meta http-equiv="refresh" content="0; url=https://example.org/pfocr/figures/PMC2.html">
            """, """
            <a href="https://example.org/pfocr/figures/PMC2.html">moved</a>
            """),
            "site-output/figures/old-name.html:5:1: error: "
            + "redirect target https://example.org/pfocr/figures/PMC2.html does not exist in the site"),
        arguments("a stub whose first link is not its target", "site-output/figures/old-name.html",
            page("""
            <meta http-equiv="refresh" content="0; url=https://example.org/pfocr/figures/PMC1.html">
            """, """
            <a href="https://example.org/pfocr/">home</a>
            <a href="https://example.org/pfocr/figures/PMC1.html">moved</a>
            """),
            "site-output/figures/old-name.html:7:1: error: "
            + "redirect stub's first link https://example.org/pfocr/ differs from its refresh target "
            + "https://example.org/pfocr/figures/PMC1.html"),
        arguments("a sitemap <loc> that is not absolute", "site-output/sitemap.xml",
            urlset("https://example.org/pfocr/", "/pfocr/figures/PMC1.html"),
            "site-output/sitemap.xml:4:11: error: <loc> /pfocr/figures/PMC1.html is not an absolute URL"),
        arguments("a sitemap that lists a redirect stub", "site-output/sitemap.xml",
            urlset("https://example.org/pfocr/", "https://example.org/pfocr/figures/old-name.html"),
            "site-output/sitemap.xml:4:11: error: <loc> https://example.org/pfocr/figures/old-name.html is a redirect stub"),
        arguments("a link to a local development server", "site-output/index.html",
            homePage("""
            <a href="http://localhost:4000/pfocr/figures/PMC1.html">ERBB2 signalling</a>
            """),
            "site-output/index.html:7:1: error: "
            + "link to a local development server: http://localhost:4000/pfocr/figures/PMC1.html"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFaults")
  void reportsTheOneProblemOfASeededFault(String fault, String path, String content, String headline) {
    site.files(path, content);

    assertCheckFailsWith(headline);
  }

  @Test
  void reportsABrokenLinkOnAFigurePageAtItsRecordsFigidLine() throws IOException {
    site.files("site-output/figures/PMC1.html",
        page("<title>ERBB2 signalling</title>\n", "<a href=\"/pfocr/genes/FOO.html\">FOO</a>\n"));

    TestSite.Run run = assertCheckFailsWith(
        "content/figures/PMC1.md:2:1: error: broken link /pfocr/genes/FOO.html on figures/PMC1.html");

    assertThat(run.err()).contains("""
        content/figures/PMC1.md:2:1: error: broken link /pfocr/genes/FOO.html on figures/PMC1.html
            figid: PMC1
            ^
          hint: found at site-output/figures/PMC1.html:7:1
        """);
  }

  @Test
  void findsTheRecordByItsFrontMatterWhenTheFileHasAnotherName() throws IOException {
    site.files(
        "content/figures/PMC1.md", "---\ntitle: not this one\n---\n",
        "content/figures/erbb2-signalling.md", "---\ntitle: ERBB2 signalling\nfigid: \"PMC1\"\n---\n",
        "site-output/figures/PMC1.html",
        page("<title>ERBB2 signalling</title>\n", "<img src=\"/pfocr/figures/PMC1.png\">\n"));

    assertCheckFailsWith("content/figures/erbb2-signalling.md:3:1: error: "
        + "image /pfocr/figures/PMC1.png has no alt text on figures/PMC1.html");
  }

  @Test
  void reportsAnImageWithoutAltText() throws IOException {
    site.files("site-output/index.html", homePage("""
          <img src="/pfocr/figures/PMC1.png" alt="">
        """));

    TestSite.Run run = assertCheckFailsWith(
        "site-output/index.html:7:3: error: image /pfocr/figures/PMC1.png has no alt text");

    assertThat(run.err()).contains("""
              <img src="/pfocr/figures/PMC1.png" alt="">
              ^
        """);
  }

  @Test
  void reportsJsonLdThatDoesNotParse() throws IOException {
    site.files("site-output/index.html", jsonLdPage("{\"@type\": \"WebSite\", \"name\": \"PFOCR\",}"));

    TestSite.Run run = site.check(BASE_URL);

    assertThat(run.headlines()).singleElement().asString()
        .startsWith("site-output/index.html:5:1: error: JSON-LD does not parse: Unexpected character ('}'")
        .endsWith("(line 1, column 38 of the script)");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void reportsADatasetDescriptionShorterThanGoogleRequires() throws IOException {
    site.files("site-output/index.html", jsonLdPage("""
        {"@context": "https://schema.org", "@type": "Dataset",
          "name": "PFOCR", "description": "Pathways.", "license": "CC0", "creator": "WikiPathways",
          "url": "https://example.org/pfocr/", "keywords": "pathways"}"""));

    TestSite.Run run = site.check(BASE_URL);

    assertThat(run.headlines()).filteredOn(l -> l.contains("error:")).containsExactly(
        "site-output/index.html:5:1: error: Dataset description is 9 characters; Google requires 50 to 5,000");
    assertThat(run.headlines()).contains(
        "site-output/index.html:5:1: warning: Dataset license is not a URL (Google and Bioschemas expect one): \"CC0\"");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void onlyWarnsAboutADatasetWithoutALicense() throws IOException {
    site.files("site-output/index.html", jsonLdPage("""
        {"@context": "https://schema.org", "@graph": [{"@type": "Dataset",
          "name": "PFOCR", "description": "Pathway figures mined from the literature, with the genes they show.",
          "creator": "WikiPathways", "url": "https://example.org/pfocr/", "keywords": ["pathways"],
          "identifier": "pfocr", "isAccessibleForFree": true, "citation": "Hanspers et al. 2020",
          "includedInDataCatalog": {"@type": "DataCatalog", "name": "PFOCR", "url": "https://example.org/pfocr/"},
          "http://purl.org/dc/terms/conformsTo": {"@id": "https://bioschemas.org/profiles/Dataset/1.0-RELEASE"}}]}"""));

    TestSite.Run run = assertCheckWarnsWith(
        "site-output/index.html:5:1: warning: Dataset has no license (recommended by Google, Bioschemas minimum)");

    assertThat(run.out()).contains("0 error(s), 1 warning(s)");
  }

  @Test
  void reportsARepeatedFindingOnceWithACountAndThreeExamples() throws IOException {
    for (int i = 1; i <= 5; i++) {
      site.files("site-output/p" + i + ".html", jsonLdPage("""
          {"@context": "https://schema.org", "@type": "WebPage",
            "name": "Page %d", "colour": "blue"}""".formatted(i)));
    }

    TestSite.Run run = assertCheckWarnsWith(
        "site-output/p1.html:5:1: warning: property is not in schema.org, on 5 pages");

    assertThat(run.err()).contains("hint: e.g. p1.html (colour); p2.html (colour); p3.html (colour)");
  }

  @Test
  void warnsAboutAGenericNameAndAUrlThatIsNotTheCanonicalOne() throws IOException {
    site.files("site-output/figures/PMC1.html", site.read("site-output/figures/PMC1.html")
        .replace("\"name\":\"ERBB2 signalling\"", "\"name\":\"CreativeWork\"")
        .replace("\"url\":\"https://example.org/pfocr/figures/PMC1.html\"", "\"url\":\"https://pfocr.wikipathways.org/figures/PMC1.html\""));

    assertCheckWarnsWith(
        "content/figures/PMC1.md:2:1: warning: Dataset name is generic; Google Dataset Search needs a descriptive name:"
            + " \"CreativeWork\" on figures/PMC1.html",
        "content/figures/PMC1.md:2:1: warning: Dataset url is not the page's canonical URL:"
            + " https://pfocr.wikipathways.org/figures/PMC1.html ≠ https://example.org/pfocr/figures/PMC1.html on figures/PMC1.html");
  }

  @Test
  void reportsASitemapWithMoreThan50000Urls() throws IOException {
    String[] locs = new String[50_001];
    Arrays.fill(locs, "https://example.org/pfocr/");
    site.files("site-output/sitemap.xml", urlset(locs));

    assertCheckFailsWith("site-output/sitemap.xml: error: lists 50,001 URLs; a sitemap file may list at most 50,000");
  }

  @Test
  void checksEachFileOfASitemapIndex() throws IOException {
    site.files(
        "site-output/sitemap.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://example.org/pfocr/sitemaps/sitemap-1.xml</loc></sitemap>
            <sitemap><loc>https://example.org/pfocr/sitemaps/sitemap-2.xml</loc></sitemap>
            </sitemapindex>
            """,
        "site-output/sitemaps/sitemap-1.xml", urlset("https://example.org/pfocr/"),
        "site-output/sitemaps/sitemap-2.xml", urlset("https://example.org/pfocr/genes/NOPE.html"));

    assertCheckFailsWith("site-output/sitemaps/sitemap-2.xml:3:11: error: "
        + "<loc> https://example.org/pfocr/genes/NOPE.html is not a page of the site");
  }

  @Test
  void takesTheSitesAddressFromTheConfiguration() throws IOException {
    site.files("figsite.yml", "title: PFOCR\nurl: https://example.org\nbaseurl: /pfocr\n");

    TestSite.Run run = site.check("--config", dir.resolve("figsite.yml").toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void reportsAMissingSiteFolder() throws IOException {
    TestSite.Run run = new TestSite(dir.resolve("empty")).check(BASE_URL);

    assertThat(run.headlines()).containsExactly("site-output: error: site folder not found");
    assertThat(run.exitCode()).isEqualTo(1);
  }
}
