package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.figsite.cli.Main;
import org.figsite.render.DatasetJsonLd;
import org.figsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Builds the shipped records with the repository's own figsite.yml for the production address and
 * for a GitHub project site, and reads every figure page's JSON-LD back as a search engine would.
 */
class StructuredDataEndToEndTest {
  static final List<String> BASE_URLS = List.of("https://pfocr.wikipathways.org", "https://example.github.io/pfocr");
  @TempDir static Path dir;
  static final Map<String, TestSite.Run> builds = new java.util.HashMap<>();

  @BeforeAll
  static void build() throws IOException {
    for (String base : BASE_URLS) {
      Path out = dir.resolve(folder(base));
      builds.put(base, TestSite.run("build", "--content", "content", "--config", "figsite.yml",
          "--templates", dir.resolve("no-templates").toString(), "--output", out.toString(), "--no-cache",
          "--base-url", base));
    }
  }

  static String folder(String base) {
    return base.replaceAll("[^a-z]+", "-");
  }

  static Stream<Arguments> pages() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("content/figures"))) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        for (String base : BASE_URLS) out.add(Arguments.of(base, p.getFileName().toString()));
      }
    }
    return out.stream();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> frontMatter(String name) throws IOException {
    String text = Files.readString(Path.of("content/figures", name));
    return (Map<String, Object>) new Yaml().load(text.substring(4, text.indexOf("\n---", 3) + 1));
  }

  @ParameterizedTest
  @MethodSource("pages")
  @SuppressWarnings("unchecked")
  void figurePagesDescribeThemselvesUnderTheBaseUrlBeingBuilt(String base, String record) throws IOException {
    assertThat(builds.get(base).exitCode()).as(builds.get(base).err()).isEqualTo(Main.OK);
    Map<String, Object> rec = frontMatter(record);
    String figid = (String) rec.get("figid");
    Document doc = Jsoup.parse(dir.resolve(folder(base)).resolve("figures/" + figid + ".html").toFile(), "UTF-8");
    String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
    assertThat(canonical).isEqualTo(base + "/figures/" + figid + ".html");
    JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
    Map<String, Object> own = (Map<String, Object>) rec.get("schema-jsonld");

    assertThat(ld.get("@type").asText()).isEqualTo("Dataset");
    assertThat(ld.get("name").asText()).isEqualTo(((String) rec.get("figtitle")).strip()).isNotEqualTo("CreativeWork");
    assertThat(ld.get("url").asText()).isEqualTo(canonical);
    assertThat(ld.get("@id").asText()).isEqualTo(canonical);
    if (!canonical.equals(own.get("@id"))) assertThat(ld.get("sameAs").asText()).isEqualTo(own.get("@id"));
    assertThat(ld.get("license").asText()).isEqualTo(DatasetJsonLd.CC0);
    assertThat(ld.get("description").asText()).isEqualTo(own.get("description"));
    assertThat(ld.get("creator").get("name").asText()).isEqualTo("WikiPathways");
    assertThat(ld.get("includedInDataCatalog").get("@type").asText()).isEqualTo("DataCatalog");
    assertThat(ld.get("includedInDataCatalog").get("url").asText()).isEqualTo(base + "/");
    assertThat(ld.get("includedInDataCatalog").get("name").asText()).isEqualTo("Pathway Figure OCR");
    assertThat(ld.get("identifier").toString()).contains("\"" + figid + "\"", "\"pmc:" + rec.get("pmcid") + "\"");
    assertThat(ld.get("citation").get("url").asText())
        .isEqualTo("https://www.ncbi.nlm.nih.gov/pmc/articles/" + rec.get("pmcid"));

    // The Gene entries are the gene table's genes: one per distinct symbol and NCBI Gene id.
    java.util.Set<String> table = new java.util.LinkedHashSet<>();
    for (org.jsoup.nodes.Element row : doc.select("table.genes tbody tr")) {
      org.jsoup.nodes.Element symbol = row.selectFirst("a[href*=/genes/]");
      org.jsoup.nodes.Element ncbi = row.selectFirst("a[href^=https://www.ncbi.nlm.nih.gov/gene/]");
      if (symbol != null && ncbi != null) table.add(symbol.text() + " " + ncbi.attr("href"));
    }
    java.util.Set<String> genes = new java.util.LinkedHashSet<>();
    for (JsonNode g : ld.path("about")) {
      if (!g.path("@type").asText().equals("Gene")) continue;
      assertThat(g.get("identifier").asText()).isEqualTo(g.get("url").asText());
      assertThat(g.get("taxonomicRange").asText()).isEqualTo("http://purl.obolibrary.org/obo/NCBITaxon_9606");
      genes.add(g.get("name").asText() + " " + g.get("url").asText());
    }
    assertThat(genes).isEqualTo(table);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://pfocr.wikipathways.org", "https://example.github.io/pfocr"})
  void homeIsTheCatalogueFigurePagesLinkToAndGenePagesDescribeTheirGene(String base) throws IOException {
    Path out = dir.resolve(folder(base));
    JsonNode home = new ObjectMapper().readTree(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8")
        .selectFirst("script[type=application/ld+json]").data()).get("@graph");
    assertThat(home.get(0).get("@type").asText()).isEqualTo("DataCatalog");
    assertThat(home.get(0).get("@id").asText()).isEqualTo(base + "/#catalog");
    assertThat(home.get(0).get("url").asText()).isEqualTo(base + "/");
    assertThat(home.get(1).get("@type").asText()).isEqualTo("WebSite");
    assertThat(home.get(1).get("potentialAction").get("target").get("urlTemplate").asText())
        .isEqualTo(base + "/search.html?q={search_term_string}");

    Document genePage = Jsoup.parse(out.resolve("genes/AKT1.html").toFile(), "UTF-8", base + "/genes/");
    JsonNode gene = new ObjectMapper().readTree(genePage.selectFirst("script[type=application/ld+json]").data())
        .get("@graph");
    assertThat(gene.get(0).get("@type").asText()).isEqualTo("Gene");
    assertThat(gene.get(0).get("name").asText()).isEqualTo("AKT1");
    assertThat(gene.get(0).get("identifier").asText()).isEqualTo("https://www.ncbi.nlm.nih.gov/gene/207");
    assertThat(gene.get(0).get("url").asText()).isEqualTo("https://www.ncbi.nlm.nih.gov/gene/207");
    assertThat(gene.get(0).get("taxonomicRange").get("name").asText()).isEqualTo("Homo sapiens");
    JsonNode list = gene.get(1);
    assertThat(list.get("@type").asText()).isEqualTo("ItemList");
    assertThat(list.get("itemListElement")).hasSize(list.get("numberOfItems").asInt());
    // Each item is the Dataset of a listed figure: its @id is that figure page's canonical URL.
    List<String> items = new ArrayList<>();
    list.get("itemListElement").forEach(item -> items.add(item.get("@id").asText()));
    assertThat(items).isNotEmpty().allMatch(id -> id.startsWith(base + "/figures/"))
        .isEqualTo(genePage.select("ol.cards > li > a").eachAttr("abs:href"));
  }

  @org.junit.jupiter.api.Test
  void jsonldRecordWritesEachRecordsObjectExactly() throws IOException {
    Path config = dir.resolve("record.yml");
    Files.writeString(config, Files.readString(Path.of("figsite.yml")) + "jsonld: record\n");
    Path out = dir.resolve("record-site");
    TestSite.Run run = TestSite.run("build", "--content", "content", "--config", config.toString(),
        "--templates", dir.resolve("no-templates").toString(), "--output", out.toString(), "--no-cache");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    try (Stream<Path> s = Files.list(Path.of("content/figures"))) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        Map<String, Object> rec = frontMatter(p.getFileName().toString());
        Document doc = Jsoup.parse(out.resolve("figures/" + rec.get("figid") + ".html").toFile(), "UTF-8");
        Object parsed = new ObjectMapper().readValue(doc.selectFirst("script[type=application/ld+json]").data(), Object.class);
        assertThat(parsed).isEqualTo(rec.get("schema-jsonld"));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://pfocr.wikipathways.org", "https://example.github.io/pfocr"})
  void checkFindsNothingToWarnAbout(String base) {
    TestSite.Run check = TestSite.run("check", "--site", dir.resolve(folder(base)).toString(),
        "--content", "content", "--base-url", base);
    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(check.out()).contains("0 error(s), 0 warning(s)");
  }
}
