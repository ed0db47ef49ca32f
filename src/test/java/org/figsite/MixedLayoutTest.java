package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One content folder in figsite's own layout holding records of both PFOCR layouts: 2021–22
 * records with their genes in the front matter, and current records whose genes, chemicals and
 * diseases are in {@code data/<figid>-<kind>.tsv}. They must make one site: one human gene page
 * listing figures of both layouts, one GMT, one set of counts.
 */
class MixedLayoutTest {
  private static final String OLD = """
      ---
      figid: PMC1__old
      pmcid: PMC1
      filename: old.jpg
      figtitle: Old layout figure
      year: 2019
      organisms: [Homo sapiens]
      genes:
      - word: Akt
        symbol: AKT1
        hgnc_symbol: AKT1
        entrez: '207'
      - word: p53
        symbol: TP53
        hgnc_symbol: TP53
        entrez: '7157'
      chemicals:
      - word: Glucose
        source: MESH
        identifier: D005947
      diseases: []
      ---
      """;
  private static final String CURRENT = """
      ---
      figid: PMC2__new
      pmcid: PMC2
      filename: new.jpg
      figtitle: Current layout figure
      year: '2023'
      organisms: [Homo sapiens, Mus musculus, NA]
      organisms_ner: [Homo sapiens, Mus musculus]
      doi: .na.character
      chemicals: []
      ---
      """;
  private static final String CURRENT_GENES = "organism_id\torganism_name\torganism_group\tword\tmatch"
      + "\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n"
      + "10090\tMus musculus\tRodents\tAkt\tAKT\tAkt1\t11651\tncbigene_synonym\t2\tNA\t2\n"
      + "9606\tHomo sapiens\tPrimates\tAKT\tAKT\tAKT1\t207\tncbigene_synonym\t1\tNA\t1\n"
      + "9606\tHomo sapiens\tPrimates\tAKT\tAKT\tAKT1\t207\tncbigene_synonym\t1\tNA\t1\n";
  private static final String CURRENT_CHEMICALS = "word\tmesh\tmatch\tname\tchebi\n"
      + "glucose\tmesh:D005947\tGlucose\tglucose\tchebi:17234\n";

  @TempDir Path tmp;

  @Test
  void recordsOfBothLayoutsMakeOneSite() {
    TestSite site = new TestSite(tmp).withConfig()
        .file("content/figures/PMC1__old.md", OLD)
        .file("content/figures/PMC2__new.md", CURRENT)
        .file("content/data/PMC2__new-genes.tsv", CURRENT_GENES)
        .file("content/data/PMC2__new-chemicals.tsv", CURRENT_CHEMICALS);
    TestSite.Run r = site.buildOk();
    assertThat(r.headlines()).isEmpty();
    SiteChecks.checkSite(site.output());
    Path out = site.output();

    assertThat(figureLinks(out.resolve("genes/AKT1.html"))).as("human AKT1: both layouts")
        .containsExactlyInAnyOrder("/figures/PMC1__old.html", "/figures/PMC2__new.html");
    assertThat(figureLinks(out.resolve("genes/mus-musculus/Akt1.html"))).as("mouse Akt1 is another gene")
        .containsExactly("/figures/PMC2__new.html");
    assertThat(SiteChecks.parse(out.resolve("genes/mus-musculus/Akt1.html")).selectFirst("h1").text())
        .isEqualTo("Gene Akt1 (Mus musculus)");
    assertThat(SiteChecks.parse(out.resolve("genes/AKT1.html")).selectFirst("h1").text()).isEqualTo("Gene AKT1");
    assertThat(figureLinks(out.resolve("chemicals/D005947.html"))).as("one chemical page for both layouts")
        .containsExactlyInAnyOrder("/figures/PMC1__old.html", "/figures/PMC2__new.html");

    assertThat(FileTrees.read(out.resolve("data/pfocr.gmt"))).isEqualTo(
        "PMC1__old\thttps://example.org/figures/PMC1__old.html\t207\t7157\n"
            + "PMC2__new\thttps://example.org/figures/PMC2__new.html\t207\n");
    assertThat(FileTrees.read(out.resolve("data/pfocr-mus-musculus.gmt")))
        .isEqualTo("PMC2__new\thttps://example.org/figures/PMC2__new.html\t11651\n");

    Document oldPage = SiteChecks.parse(out.resolve("figures/PMC1__old.html"));
    Document newPage = SiteChecks.parse(out.resolve("figures/PMC2__new.html"));
    assertThat(oldPage.select("table.genes thead th").eachText()).as("old layout: one organism, human")
        .containsExactly("Word in figure", "Symbol", "NCBI Gene", "HGNC");
    assertThat(newPage.select("table.genes thead th").eachText()).as("current layout: two organisms")
        .containsExactly("Organism", "Word in figure", "Symbol", "NCBI Gene", "HGNC");
    assertThat(newPage.select("table.genes th[scope=rowgroup]").eachText()).as("human first")
        .containsExactly("Homo sapiens", "Mus musculus");
    assertThat(newPage.select("table.genes tbody tr")).as("the duplicate TSV row is shown once").hasSize(2);
    assertThat(oldPage.select("table.genes a[href=/genes/AKT1.html]")).hasSize(1);
    assertThat(newPage.select("table.genes a[href=/genes/AKT1.html]")).hasSize(1);
    assertThat(newPage.select("table.genes a[href=/genes/mus-musculus/Akt1.html]")).hasSize(1);
    assertThat(newPage.select("dl.facts dd").eachText()).contains("Homo sapiens, Mus musculus")
        .noneMatch(t -> t.contains("NA") || t.contains(".na.character"));

    Document home = SiteChecks.parse(out.resolve("index.html"));
    assertThat(home.select("ul.counts li").eachText()).containsExactly("2 figures", "3 genes", "2 organisms",
        "1 chemicals", "0 diseases");
    assertThat(home.select("a[href$=.gmt]").eachAttr("href"))
        .containsExactly("/data/pfocr.gmt", "/data/pfocr-mus-musculus.gmt");
  }

  /** The shared sample site's 2021–22 records and the real current-layout records, in one folder. */
  @Test
  void theRealSamplesOfBothLayoutsMakeOneSite() {
    Optional<Path> current = Corpora.find("pfocr-current");
    assumeTrue(current.isPresent(), "no shared/corpus/pfocr-current here");
    TestSite site = new TestSite(tmp).withConfig();
    FileTrees.copy(Path.of("content/figures"), site.content().resolve("figures"));
    String recent = "PMC10003241__ijms-24-04893-g003";
    site.file("content/figures/" + recent + ".md", read(current.get().resolve("_figures/" + recent + ".md")));
    for (String kind : List.of("genes", "chemicals", "diseases")) {
      String name = recent + "-" + kind + ".tsv";
      site.file("content/data/" + name, read(current.get().resolve("_data/" + name)));
    }
    TestSite.Run r = site.buildOk();
    assertThat(r.headlines()).isEmpty();
    SiteChecks.checkSite(site.output());
    assertThat(figureLinks(site.output().resolve("genes/AKT1.html"))).as("AKT1 from both layouts")
        .contains("/figures/PMC2647780__pcbi.1000287.g001.html", "/figures/" + recent + ".html");
    String gmt = FileTrees.read(site.output().resolve("data/pfocr.gmt"));
    assertThat(gmt).contains("PMC2647780__pcbi.1000287.g001\t").contains(recent + "\t");
  }

  private static List<String> figureLinks(Path genePage) {
    assertThat(genePage).exists();
    return SiteChecks.parse(genePage).select("ol.cards a").eachAttr("href");
  }

  private static String read(Path p) {
    return FileTrees.read(p);
  }
}
