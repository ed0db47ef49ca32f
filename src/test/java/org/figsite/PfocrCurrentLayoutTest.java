package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.figsite.index.SitePaths;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a copy of the real current-layout PFOCR sample ({@code shared/corpus/pfocr-current}: a
 * Jekyll repository's {@code _figures/} and {@code _data/}, found by {@link Corpora}) and checks
 * every figure page against its data files, row by row, with a reader of its own: the gene table,
 * chemicals and diseases with their links, the gene pages, the GMT files; and that the markers of
 * a missing value ({@code NA}, {@code .na.character}) never reach a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PfocrCurrentLayoutTest {
  private static final String HUMAN = "9606";

  private TestSite site;
  private Path corpus;
  private TestSite.Run result;

  @BeforeAll
  void buildTheCorpus(@TempDir Path tmp) {
    Optional<Path> found = Corpora.find("pfocr-current");
    assumeTrue(found.isPresent(), "no shared/corpus/pfocr-current here (set -D" + Corpora.PROPERTY + ")");
    corpus = found.get();
    site = new TestSite(tmp).withConfig();
    for (String part : List.of("_figures", "_data")) FileTrees.copy(corpus.resolve(part), site.content().resolve(part));
    result = site.build();
  }

  @Test
  void buildsWithoutProblems() {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.headlines()).as("diagnostics").isEmpty();
    assertThat(figids()).hasSize(13);
    for (String figid : figids()) assertThat(page(figid)).exists();
    SiteChecks.checkSite(site.output());
  }

  @Test
  void everyGeneTableMatchesItsTsvRowByRow() {
    int checked = 0;
    for (String figid : figids()) {
      Document doc = SiteChecks.parse(page(figid));
      Optional<Tsv> tsv = tsv(figid, "genes");
      Element table = doc.selectFirst("table.genes");
      if (tsv.isEmpty()) {
        assertThat(table).as(figid + ": no genes TSV, no gene table").isNull();
        continue;
      }
      List<Map<String, String>> expected = expectedGeneRows(tsv.get());
      List<String[]> shown = geneTableRows(figid, table);
      assertThat(shown).as(figid + ": gene rows").hasSameSizeAs(expected);
      Set<String> taxa = new LinkedHashSet<>();
      for (Map<String, String> e : expected) taxa.add(e.get("organism_id"));
      boolean multi = taxa.size() > 1;
      boolean anyHuman = taxa.contains(HUMAN);
      assertThat(table.select("thead th").eachText()).as(figid + ": columns").isEqualTo(columns(multi, anyHuman));
      for (int i = 0; i < expected.size(); i++) {
        checkGeneRow(figid + " gene row " + (i + 1), expected.get(i), shown.get(i), multi, anyHuman, table, i);
        checked++;
      }
    }
    assertThat(checked).as("gene rows checked").isGreaterThan(400);
  }

  @Test
  void everyGenesDownloadHoldsTheTableRows() {
    for (String figid : figids()) {
      List<String> expected = new ArrayList<>();
      expected.add("organism_id\torganism_name\tword\tsymbol\tncbigene_id");
      for (Map<String, String> e : tsv(figid, "genes").map(PfocrCurrentLayoutTest::expectedGeneRows).orElse(List.of())) {
        expected.add(String.join("\t", e.get("organism_id"), e.get("organism_name"), e.get("word"),
            value(e.get("ncbigene_symbol")), value(e.get("ncbigene_id"))));
      }
      String download = FileTrees.read(site.output().resolve("figures/" + figid + ".genes.tsv"));
      assertThat(download.split("\n")).as(figid + ".genes.tsv").containsExactlyElementsOf(expected);
    }
  }

  @Test
  void everyChemicalAndDiseaseMatchesItsTsv() {
    int checked = 0;
    for (String figid : figids()) {
      Document doc = SiteChecks.parse(page(figid));
      for (String kind : List.of("chemicals", "diseases")) {
        Optional<Tsv> tsv = tsv(figid, kind);
        Element section = doc.selectFirst("section[aria-labelledby=" + kind + "]");
        if (tsv.isEmpty()) {
          assertThat(section).as(figid + ": no " + kind + " TSV, no section").isNull();
          continue;
        }
        assertThat(section).as(figid + ": " + kind + " section").isNotNull();
        List<List<String>> rows = distinctTermRows(tsv.get(), kind.equals("chemicals") ? "chebi" : "doid");
        Elements items = section.select("ul.terms > li");
        assertThat(items).as(figid + ": " + kind).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
          checkTerm(figid + " " + kind + " row " + (i + 1), kind, rows.get(i), items.get(i));
          checked++;
        }
      }
    }
    assertThat(checked).as("terms checked").isGreaterThan(80);
  }

  @Test
  void missingValueMarkersAreNeverShownLinkedOrMadeIntoPages() throws IOException {
    for (Path p : SiteChecks.htmlFiles(site.output())) {
      String name = site.output().relativize(p).toString();
      Document doc = SiteChecks.parse(p);
      assertThat(doc.body().text()).as(name).doesNotContain(".na.character");
      for (Element e : doc.body().getAllElements()) {
        String own = e.ownText().strip();
        assertThat(own).as(name + ": text of " + e.cssSelector()).isNotEqualTo("NA").isNotEqualTo("na");
        for (String part : own.split(",\\s*")) assertThat(part.strip()).as(name + ": list item in " + own).isNotEqualTo("NA");
      }
      for (Element a : doc.select("[href], [src]")) {
        String url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
        assertThat(url).as(name + ": link").doesNotContain(".na.character").doesNotContainIgnoringCase("/na.html")
            .doesNotContain("/NA/").doesNotEndWith("=NA").doesNotContain("%2ENA").doesNotContain("/na-");
      }
      for (Element o : doc.select("option")) assertThat(o.text().strip()).as(name + ": search facet").isNotEqualToIgnoringCase("NA");
    }
    assertThat(site.output().resolve("organisms/na.html")).doesNotExist();
    assertThat(site.output().resolve("organisms/na-character.html")).doesNotExist();
    assertThat(site.output().resolve("search/organisms/na.json")).doesNotExist();
    assertThat(site.output().resolve("genes/NA.html")).doesNotExist();
    try (Stream<Path> s = Files.walk(site.output().resolve("genes"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.equals("NA.html") || n.startsWith(".na")))
          .as("gene pages named after a missing value").isEmpty();
    }
    assertThat(FileTrees.read(site.output().resolve("data/figures.json"))).doesNotContain("\"NA\"")
        .doesNotContain(".na.character");
    for (String gmt : gmtFiles()) {
      assertThat(FileTrees.read(site.output().resolve(gmt.substring(1)))).as(gmt).doesNotContain("\tNA");
    }
  }

  @Test
  void genePagesExistPerOrganismAndListTheirFigures() {
    Map<String, Set<String>> figuresByPage = new TreeMap<>();
    Map<String, String> geneOfPage = new HashMap<>();
    for (GeneRow g : geneRows()) {
      String symbol = value(g.row().get("ncbigene_symbol"));
      if (symbol.isEmpty()) continue;
      String url = geneUrl(g.row().get("organism_id"), g.row().get("organism_name"), symbol);
      figuresByPage.computeIfAbsent(url, u -> new LinkedHashSet<>()).add(g.figid());
      String gene = g.row().get("organism_id") + " " + symbol;
      assertThat(geneOfPage.putIfAbsent(url, gene)).as("page " + url + " is one gene's").isIn(null, gene);
    }
    assertThat(figuresByPage).containsKeys("/genes/AKT1.html", "/genes/drosophila-melanogaster/Egfr.html",
        "/genes/arabidopsis-thaliana/ACO2.html");
    for (Map.Entry<String, Set<String>> e : figuresByPage.entrySet()) {
      Path file = site.output().resolve(e.getKey().substring(1));
      assertThat(file).as("gene page").exists();
      Set<String> linked = new LinkedHashSet<>();
      for (Element a : SiteChecks.parse(file).select("ol.cards a[href^=/figures/]")) linked.add(a.attr("href"));
      Set<String> expected = new LinkedHashSet<>();
      for (String figid : e.getValue()) expected.add("/figures/" + figid + ".html");
      assertThat(linked).as(e.getKey() + " lists its figures").containsExactlyInAnyOrderElementsOf(expected);
    }
    Document aco2 = SiteChecks.parse(site.output().resolve("genes/arabidopsis-thaliana/ACO2.html"));
    assertThat(aco2.select("a[href^=https://www.ncbi.nlm.nih.gov/gene/]").eachAttr("href"))
        .as("one symbol with two NCBI ids links both").containsExactly(
            "https://www.ncbi.nlm.nih.gov/gene/828805", "https://www.ncbi.nlm.nih.gov/gene/842536");
    assertThat(aco2.select("a[href*=genenames.org]")).as("no HGNC link for a plant gene").isEmpty();
    assertThat(aco2.selectFirst("h1").text()).contains("ACO2").contains("Arabidopsis thaliana");
  }

  @Test
  void gmtFilesHoldOneLinePerFigureAndOrganismWithTheTsvIds() {
    Map<String, Map<String, Set<String>>> expected = new TreeMap<>();
    for (GeneRow g : geneRows()) {
      String id = value(g.row().get("ncbigene_id"));
      if (id.isEmpty()) continue;
      String gmt = g.row().get("organism_id").equals(HUMAN) ? "/data/pfocr.gmt"
          : "/data/pfocr-" + SitePaths.slug(g.row().get("organism_name")) + ".gmt";
      expected.computeIfAbsent(gmt, x -> new TreeMap<>()).computeIfAbsent(g.figid(), f -> new LinkedHashSet<>()).add(id);
    }
    assertThat(expected).containsKeys("/data/pfocr.gmt", "/data/pfocr-mus-musculus.gmt",
        "/data/pfocr-drosophila-melanogaster.gmt");
    assertThat(gmtFiles()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, Map<String, Set<String>>> e : expected.entrySet()) {
      Map<String, List<String>> lines = new TreeMap<>();
      for (String line : FileTrees.read(site.output().resolve(e.getKey().substring(1))).split("\n")) {
        String[] f = line.split("\t");
        assertThat(f[1]).isEqualTo("https://example.org/figures/" + f[0] + ".html");
        assertThat(lines.put(f[0], List.of(f).subList(2, f.length))).as(e.getKey() + ": one line for " + f[0]).isNull();
      }
      assertThat(lines.keySet()).as(e.getKey() + " figures").isEqualTo(e.getValue().keySet());
      for (Map.Entry<String, Set<String>> fig : e.getValue().entrySet()) {
        assertThat(lines.get(fig.getKey())).as(e.getKey() + " " + fig.getKey())
            .containsExactlyElementsOf(fig.getValue());
      }
    }
  }

  @Test
  void newFrontMatterKeysAreShownAndMissingOnesAreNot() {
    Document recent = SiteChecks.parse(page("PMC10003241__ijms-24-04893-g003"));
    String doi = recent.selectFirst("meta[name=citation_doi]").attr("content");
    assertThat(doi).startsWith("10.");
    assertThat(recent.select("a[href=https://doi.org/" + doi + "]")).isNotEmpty();
    Document old = SiteChecks.parse(page("PMC100028__ii1110348001"));
    assertThat(old.select("meta[name=citation_doi], meta[name=citation_journal_title]")).isEmpty();
    assertThat(old.select("dl.facts dt").eachText()).doesNotContain("DOI", "Journal", "Keywords", "Organisms",
        "Organisms named in the text");
  }

  // --- reading the expectations from the TSVs -----------------------------------------------------

  /** A data file: header names → cells, every row (NA kept as written). */
  private record Tsv(List<Map<String, String>> rows) {}

  /** One row of a figure's genes TSV. */
  private record GeneRow(String figid, Map<String, String> row) {}

  /** Every row of every figure's genes TSV, figure by figure. */
  private List<GeneRow> geneRows() {
    List<GeneRow> rows = new ArrayList<>();
    for (String figid : figids()) {
      for (Map<String, String> r : tsv(figid, "genes").map(Tsv::rows).orElse(List.of())) rows.add(new GeneRow(figid, r));
    }
    return rows;
  }

  private Optional<Tsv> tsv(String figid, String kind) {
    Path p = corpus.resolve("_data").resolve(figid + "-" + kind + ".tsv");
    if (!Files.exists(p)) return Optional.empty();
    String[] lines = FileTrees.read(p).split("\n");
    String[] header = lines[0].split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) continue;
      String[] cells = lines[i].split("\t", -1);
      assertThat(cells).as(p + " line " + (i + 1)).hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) row.put(header[c], cells[c]);
      rows.add(row);
    }
    return Optional.of(new Tsv(rows));
  }

  /** One row per distinct (organism, NCBI Gene id, word), human first, then organisms in file order. */
  private static List<Map<String, String>> expectedGeneRows(Tsv tsv) {
    Map<String, List<Map<String, String>>> byTaxon = new LinkedHashMap<>();
    byTaxon.put(HUMAN, new ArrayList<>());
    Set<String> seen = new LinkedHashSet<>();
    for (Map<String, String> r : tsv.rows) {
      if (seen.add(r.get("organism_id") + "\t" + r.get("ncbigene_id") + "\t" + r.get("word"))) {
        byTaxon.computeIfAbsent(r.get("organism_id"), t -> new ArrayList<>()).add(r);
      }
    }
    List<Map<String, String>> out = new ArrayList<>();
    byTaxon.values().forEach(out::addAll);
    return out;
  }

  /** Each body row as {organism, word, symbol cell, NCBI cell, HGNC cell or null}. */
  private static List<String[]> geneTableRows(String figid, Element table) {
    List<String[]> out = new ArrayList<>();
    for (Element body : table.select("tbody")) {
      Element group = body.selectFirst("th[scope=rowgroup]");
      String organism = group == null ? "" : group.text();
      if (group != null) {
        assertThat(group.attr("rowspan")).as(figid + ": rowgroup spans its rows")
            .isEqualTo(String.valueOf(body.select("tr").size()));
      }
      for (Element tr : body.select("tr")) {
        Elements td = tr.select("td");
        out.add(new String[] {organism, td.get(0).text(), String.valueOf(td.size())});
      }
    }
    return out;
  }

  private static List<String> columns(boolean multi, boolean human) {
    List<String> c = new ArrayList<>();
    if (multi) c.add("Organism");
    c.addAll(List.of("Word in figure", "Symbol", "NCBI Gene"));
    if (human) c.add("HGNC");
    return c;
  }

  private static void checkGeneRow(String what, Map<String, String> e, String[] shown, boolean multi, boolean anyHuman,
      Element table, int index) {
    Element tr = table.select("tbody tr").get(index);
    Elements td = tr.select("td");
    boolean human = e.get("organism_id").equals(HUMAN);
    String symbol = value(e.get("ncbigene_symbol"));
    String id = value(e.get("ncbigene_id"));
    if (multi) assertThat(shown[0]).as(what + " organism").isEqualTo(e.get("organism_name"));
    assertThat(td).as(what + " cells").hasSize(anyHuman ? 4 : 3);
    assertThat(td.get(0).text()).as(what + " word").isEqualTo(normalized(e.get("word")));
    Elements symbolLink = td.get(1).select("a");
    if (symbol.isEmpty()) {
      assertThat(td.get(1).text()).as(what + " no symbol: the matched form").isEqualTo(normalized(value(e.get("match"))));
      assertThat(symbolLink).as(what + " no gene page").isEmpty();
    } else {
      assertThat(symbolLink).as(what + " symbol link").hasSize(1);
      assertThat(symbolLink.text()).as(what + " symbol").isEqualTo(symbol);
      assertThat(symbolLink.attr("href")).as(what + " gene page")
          .isEqualTo(geneUrl(e.get("organism_id"), e.get("organism_name"), symbol));
    }
    Elements ncbi = td.get(2).select("a");
    if (id.isEmpty()) {
      assertThat(ncbi).as(what + " no NCBI link").isEmpty();
    } else {
      assertThat(ncbi).as(what + " NCBI link").hasSize(1);
      assertThat(ncbi.attr("href")).as(what + " NCBI link").isEqualTo("https://www.ncbi.nlm.nih.gov/gene/" + id);
      assertThat(ncbi.text()).as(what + " NCBI id").isEqualTo(id);
    }
    Elements hgnc = tr.select("a[href*=genenames.org]");
    if (human && !symbol.isEmpty()) {
      assertThat(hgnc).as(what + " HGNC link").hasSize(1);
      assertThat(hgnc.attr("href")).isEqualTo("https://www.genenames.org/data/gene-symbol-report/#!/symbol/" + symbol);
    } else {
      assertThat(hgnc).as(what + " no HGNC link on a " + e.get("organism_name") + " row").isEmpty();
      if (anyHuman) assertThat(td.get(3).text()).as(what + " empty HGNC cell").isEmpty();
    }
  }

  /** Distinct (word, mesh, name, chebi/doid) rows, in file order. */
  private static List<List<String>> distinctTermRows(Tsv tsv, String otherColumn) {
    Set<List<String>> seen = new LinkedHashSet<>();
    for (Map<String, String> r : tsv.rows) {
      seen.add(List.of(r.get("word"), value(r.get("mesh")), value(r.get("name")), value(r.get(otherColumn))));
    }
    return new ArrayList<>(seen);
  }

  private static void checkTerm(String what, String kind, List<String> row, Element li) {
    String word = row.get(0);
    String mesh = row.get(1);
    String name = row.get(2);
    String other = row.get(3);
    assertThat(li.html()).as(what).doesNotContainIgnoringCase("mesh:").doesNotContain("chebi:").doesNotContain("doid:");
    String label = name.isEmpty() ? word : name;
    String meshId = mesh.isEmpty() ? "" : mesh.substring(mesh.indexOf(':') + 1);
    String otherId = other.isEmpty() ? "" : other.substring(0, other.indexOf(':')).toUpperCase() + other.substring(other.indexOf(':'));
    assertThat(li.text()).as(what + " label first").startsWith(normalized(label));
    Element span = li.selectFirst("span.word");
    if (word.equals(label)) {
      assertThat(span).as(what + " no separate word").isNull();
    } else {
      assertThat(span).as(what + " word").isNotNull();
      assertThat(span.text()).as(what + " word").isEqualTo("(“" + normalized(word) + "” in the figure)");
    }
    Elements ids = li.select("a.id");
    List<String> expectedHrefs = new ArrayList<>();
    List<String> expectedTexts = new ArrayList<>();
    if (!meshId.isEmpty()) {
      expectedHrefs.add("https://meshb.nlm.nih.gov/record/ui?ui=" + meshId);
      expectedTexts.add(meshId);
    }
    if (!otherId.isEmpty()) {
      expectedHrefs.add(otherId.startsWith("CHEBI:")
          ? "https://www.ebi.ac.uk/chebi/searchId.do?chebiId=" + otherId.replace(":", "%3A")
          : "https://disease-ontology.org/?id=" + otherId.replace(":", "%3A"));
      expectedTexts.add(otherId);
    }
    assertThat(ids.eachAttr("href")).as(what + " identifier links").containsExactlyElementsOf(expectedHrefs);
    assertThat(ids.eachText()).as(what + " identifiers").containsExactlyElementsOf(expectedTexts);
    Elements pageLinks = li.select("a:not(.id)");
    if (meshId.isEmpty() && otherId.isEmpty()) {
      assertThat(li.select("a")).as(what + ": a term without an id has no link at all").isEmpty();
    } else {
      String page = "/" + kind + "/" + (meshId.isEmpty() ? otherId.replace(':', '_') : meshId) + ".html";
      assertThat(pageLinks.eachAttr("href")).as(what + " term page").containsExactly(page);
      assertThat(pageLinks.text()).as(what + " term page label").isEqualTo(normalized(label));
    }
  }

  // --- small helpers ------------------------------------------------------------------------------

  /** The expected gene page: {@code /genes/SYMBOL.html} for human, {@code /genes/<organism>/<Symbol>.html} otherwise. */
  private static String geneUrl(String taxon, String organism, String symbol) {
    String file = SitePaths.fileSafe(symbol) + ".html";
    return taxon.equals(HUMAN) ? "/genes/" + file : "/genes/" + SitePaths.slug(organism) + "/" + file;
  }

  private static String value(String cell) {
    return cell == null || cell.equals("NA") ? "" : cell;
  }

  /** Text as a browser shows it (and jsoup's {@code text()} gives it): white space runs collapsed. */
  private static String normalized(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private List<String> figids() {
    try (Stream<Path> s = Files.list(corpus.resolve("_figures"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path page(String figid) {
    return site.output().resolve("figures/" + figid + ".html");
  }

  private List<String> gmtFiles() {
    try (Stream<Path> s = Files.list(site.output().resolve("data"))) {
      return s.map(p -> "/data/" + p.getFileName()).filter(n -> n.endsWith(".gmt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
