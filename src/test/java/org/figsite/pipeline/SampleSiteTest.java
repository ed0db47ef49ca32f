package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Builds the eight real PFOCR records and checks every page against its record. The records are
 * read as plain YAML maps, hence the unchecked casts to their known shapes.
 */
@SuppressWarnings("unchecked")
class SampleSiteTest {
  static final String SITE = "https://example.org";
  @TempDir static Path dir;
  static TestSite site;
  static TestSite.Run run;

  @BeforeAll
  static void build() throws IOException {
    site = new TestSite(dir).withSampleRecords();
    run = site.build();
  }

  static List<String> records() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("content/figures"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static Map<String, Object> frontMatter(String name) throws IOException {
    String text = Files.readString(Path.of("content/figures", name));
    int end = text.indexOf("\n---", 3);
    return (Map<String, Object>) new Yaml().load(text.substring(4, end + 1));
  }

  static Document page(String relative) throws IOException {
    return Jsoup.parse(site.path("site-output/" + relative).toFile(), "UTF-8", SITE + "/");
  }

  @Test
  void buildsAndSummarises() {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("8 records (figsite layout) -> 8 figure pages, 7 redirect stubs");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("records")
  void jsonLdKeepsTheRightKeysOfTheRecordsSchemaObject(String name) throws IOException {
    Map<String, Object> rec = frontMatter(name);
    Document doc = page("figures/" + rec.get("figid") + ".html");
    List<Element> scripts = doc.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    Map<String, Object> parsed = new ObjectMapper().readValue(scripts.get(0).data(), Map.class);
    Map<String, Object> own = (Map<String, Object>) rec.get("schema-jsonld");
    for (String key : own.keySet()) {
      // name ("CreativeWork"), license ("CC0") and @id (the production host) are mended.
      if (!Set.of("name", "license", "@id").contains(key)) assertThat(parsed.get(key)).as(key).isEqualTo(own.get(key));
    }
  }

  @ParameterizedTest
  @MethodSource("records")
  void linksEveryGeneToNcbiHgncAndItsGenePageOncePerDistinctRow(String name) throws IOException {
    Map<String, Object> rec = frontMatter(name);
    Document doc = page("figures/" + rec.get("figid") + ".html");
    Set<List<String>> distinct = new LinkedHashSet<>();
    for (Map<String, Object> g : (List<Map<String, Object>>) rec.get("genes")) {
      distinct.add(List.of((String) g.get("word"), (String) g.get("hgnc_symbol"), (String) g.get("entrez")));
    }
    List<Element> rows = doc.select("table.genes tbody tr");
    assertThat(rows).hasSize(distinct.size());
    int i = 0;
    for (List<String> g : distinct) {
      Element row = rows.get(i++);
      assertThat(row.child(0).text()).isEqualTo(g.get(0));
      assertThat(row.select("a[href=https://www.ncbi.nlm.nih.gov/gene/" + g.get(2) + "]")).hasSize(1);
      assertThat(row.select("a[href=https://www.genenames.org/data/gene-symbol-report/#!/symbol/" + g.get(1) + "]"))
          .hasSize(1);
      assertThat(row.select("a[href=/genes/" + g.get(1) + ".html]")).hasSize(1);
      assertThat(row.select("a")).hasSize(3);
    }
  }

  /** Each human gene's page links HGNC too. */
  @ParameterizedTest
  @MethodSource("records")
  void linksHgncFromEachHumanGenesPage(String name) throws IOException {
    Map<String, Object> rec = frontMatter(name);
    for (Map<String, Object> g : (List<Map<String, Object>>) rec.get("genes")) {
      String symbol = (String) g.get("hgnc_symbol");
      assertThat(page("genes/" + symbol + ".html")
          .select("a[href=https://www.genenames.org/data/gene-symbol-report/#!/symbol/" + symbol + "]")).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("records")
  void showsTitleCaptionPaperAndImage(String name) throws IOException {
    Map<String, Object> rec = frontMatter(name);
    String figid = (String) rec.get("figid");
    Document doc = page("figures/" + figid + ".html");
    assertThat(doc.selectFirst("h1").text()).isEqualTo(rec.get("figtitle"));
    assertThat(doc.title()).startsWith((String) rec.get("figtitle"));
    assertThat(doc.selectFirst(".caption").wholeText()).isEqualTo(rec.get("caption"));
    String pmcid = (String) rec.get("pmcid");
    assertThat(doc.select("img[src=https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid + "/bin/" + rec.get("filename") + "]")
        .attr("alt")).isEqualTo(rec.get("figtitle"));
    assertThat(doc.select("a[href=https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid + "]").text())
        .isEqualTo(rec.get("papertitle"));
    String figlink = ((String) rec.get("figlink")).replaceFirst("^/", "");
    assertThat(doc.select("a[href=https://www.ncbi.nlm.nih.gov/" + figlink + "]")).hasSize(1);
    assertThat(doc.text()).contains((String) rec.get("reftext"));
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/figures/" + figid + ".html");
    assertThat(doc.selectFirst("meta[name=citation_fulltext_html_url]").attr("content"))
        .isEqualTo("https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid);
    String year = (String) rec.get("year");
    assertThat(doc.select("meta[name=citation_publication_date]").attr("content")).isEqualTo(year);
    assertThat(doc.selectFirst("meta[name=description]").attr("content")).isNotEmpty();
    assertThat(doc.selectFirst("meta[property=og:image]").attr("content")).contains(pmcid);
  }

  @ParameterizedTest
  @MethodSource("records")
  void writesAStubWhoseFirstAnchorIsTheFigurePage(String name) throws IOException {
    Map<String, Object> rec = frontMatter(name);
    Object alias = rec.get("figid_alias");
    Path stub = site.path("site-output/figures/" + alias + ".html");
    if (alias == null) {
      assertThat(name).isEqualTo("PMC99889__mb2110211013.md");
      return;
    }
    String target = SITE + "/figures/" + rec.get("figid") + ".html";
    Document doc = Jsoup.parse(stub.toFile(), "UTF-8");
    assertThat(doc.select("a[href]")).hasSize(1);
    assertThat(doc.selectFirst("a[href]").attr("href")).isEqualTo(target);
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(target);
    assertThat(doc.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + target);
    assertThat(doc.select("meta[name=robots]")).isEmpty();
    assertThat(doc.selectFirst("script").data()).contains("location.hash");
  }

  @Test
  void sitemapListsHomePagesFiguresAndGenesButNoStubs() throws IOException {
    Document sm = Jsoup.parse(Files.readString(site.path("site-output/sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
    List<String> locs = new ArrayList<>(sm.select("url > loc").eachText());
    assertThat(locs).contains(SITE + "/");
    for (String name : records()) {
      Map<String, Object> rec = frontMatter(name);
      assertThat(locs).contains(SITE + "/figures/" + rec.get("figid") + ".html");
      if (rec.get("figid_alias") != null) {
        assertThat(locs).doesNotContain(SITE + "/figures/" + rec.get("figid_alias") + ".html");
      }
    }
    assertThat(locs).contains(SITE + "/genes/ERBB2.html");
    assertThat(locs).allMatch(l -> l.startsWith(SITE + "/"));
    assertThat(locs).doesNotHaveDuplicates();
    assertThat(site.read("site-output/robots.txt")).contains("Sitemap: " + SITE + "/sitemap.xml");
  }

  @Test
  void writesSiteFiles() {
    for (String f : List.of("index.html", "404.html", ".nojekyll", "robots.txt", "assets/figsite.css")) {
      assertThat(site.path("site-output/" + f)).exists();
    }
  }

  @Test
  void genePageListsEveryFigureThatMentionsItOnce() throws IOException {
    Document doc = page("genes/ERBB2.html");
    List<String> figureLinks = doc.select("main a[href^=/figures/]").eachAttr("href");
    assertThat(figureLinks).containsExactly(
        "/figures/PMC6372626__41467_2019_8576_Fig6_HTML.html", "/figures/PMC8023395__nihms-1688996-f0002.html");
  }
}
