package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureSummary;
import org.figsite.index.SiteIndex;
import org.figsite.index.SiteIndexer;
import org.figsite.index.Summaries;
import org.figsite.write.OutputTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexWriterTest {
  @TempDir Path dir;

  @Test
  void numbersFiguresNewestFirstAndShowsTheSymbolMetFirst() throws IOException {
    SiteIndex index = SiteIndexer.index(Summaries.of(Arrays.asList(
        figure("A", "2019", "Tp53 signalling", List.of("TP53", "Tp53")),
        figure("B", "2022", "TP53 and MDM2", List.of("Tp53", "TP53", "MDM2")),
        figure("C", "", "Apoptosis", List.of("MDM2")))), new Problems());
    new SearchIndexWriter(index, true).write(OutputTree.staging(dir));
    // Numbers: B 0, A 1, C 2. B lists Tp53 before TP53.
    assertThat(Files.readString(dir.resolve("search/t/tp.json")))
        .isEqualTo("{\"tp53\":{\"s\":\"Tp53\",\"g\":[0,1],\"t\":[0,1]}}\n");
    assertThat(Files.readString(dir.resolve("search/t/md.json")))
        .isEqualTo("{\"mdm2\":{\"s\":\"MDM2\",\"g\":[0,2],\"t\":[0]}}\n");
    assertThat(Files.readString(dir.resolve("search/meta/0.json"))).startsWith("[[\"B\",");
  }

  @Test
  void findsWordsPrintedInTheFigureUnderTheirOwnKeyBesideTheGeneSymbols() throws IOException {
    SiteIndex index = SiteIndexer.index(Summaries.of(Arrays.asList(
        figure("A", "2019", "Growth", List.of("AKT1"), List.of("akt", "erk1/2", "erk1")),
        figure("B", "2022", "Survival", List.of("AKT1", "MAPK1"), List.of("akt")))), new Problems());
    new SearchIndexWriter(index, true).write(OutputTree.staging(dir));
    // Numbers: B 0, A 1.
    assertThat(Files.readString(dir.resolve("search/t/ak.json")))
        .isEqualTo("{\"akt\":{\"w\":[0,1]},\"akt1\":{\"s\":\"AKT1\",\"g\":[0,1]}}\n");
    assertThat(Files.readString(dir.resolve("search/t/er.json")))
        .isEqualTo("{\"erk1\":{\"w\":[1]},\"erk1/2\":{\"w\":[1]}}\n");
  }

  @Test
  void metadataNamesTheThumbnailOnlyWhereItCannotBeFoundFromTheFigid() throws IOException {
    List<FigureSummary> figures = Arrays.asList(
        withImage(figure("PMC1__f1", "2022", "At the usual place", List.of()), "PMC1", "f1.jpg"),
        withImage(figure("PMC2__f2", "2021", "A PNG", List.of()), "PMC2", "f2.png"),
        figure("PMC3__f3", "2020", "No image", List.of()));
    new SearchIndexWriter(SiteIndexer.index(Summaries.of(figures), new Problems()), true)
        .write(OutputTree.staging(dir.resolve("on")));
    assertThat(Files.readString(dir.resolve("on/search/meta/0.json"))).isEqualTo(
        "[[\"PMC1__f1\",\"At the usual place\",\"2022\",\"\"],[\"PMC2__f2\",\"A PNG\",\"2021\",\"\",\"PMC2/bin/f2.png\"],"
            + "[\"PMC3__f3\",\"No image\",\"2020\",\"\",\"\"]]\n");
    new SearchIndexWriter(SiteIndexer.index(Summaries.of(figures), new Problems()), false)
        .write(OutputTree.staging(dir.resolve("off")));
    assertThat(Files.readString(dir.resolve("off/search/meta/0.json"))).doesNotContain("PMC2/bin");
  }

  private static FigureSummary withImage(FigureSummary f, String pmcid, String filename) {
    return new FigureSummary(f.sourcePath(), f.figidPos(), f.figid(), f.title(), f.year(), pmcid, filename,
        f.organisms(), f.genes(), f.printedWords(), f.chemicals(), f.diseases(), f.redirects(), f.lastModified());
  }

  private static FigureSummary figure(String figid, String year, String title, List<String> genes) {
    return figure(figid, year, title, genes, List.of());
  }

  private static FigureSummary figure(String figid, String year, String title, List<String> genes,
      List<String> printedWords) {
    String src = figid + ".md";
    List<org.figsite.index.OrganismGenes> byOrganism = genes.isEmpty() ? List.of()
        : List.of(new org.figsite.index.OrganismGenes("9606", "Homo sapiens", genes,
            genes.stream().map(g -> "").toList(), List.of()));
    return new FigureSummary(src, new SourcePos(src, 2, 8), figid, title, year, "", "", List.of(), byOrganism,
        printedWords, List.of(), List.of(), List.of(), "");
  }
}
