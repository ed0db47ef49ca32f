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
    new SearchIndexWriter(index).write(OutputTree.staging(dir));
    // Numbers: B 0, A 1, C 2. B lists Tp53 before TP53.
    assertThat(Files.readString(dir.resolve("search/t/tp.json")))
        .isEqualTo("{\"tp53\":{\"s\":\"Tp53\",\"g\":[0,1],\"t\":[0,1]}}\n");
    assertThat(Files.readString(dir.resolve("search/t/md.json")))
        .isEqualTo("{\"mdm2\":{\"s\":\"MDM2\",\"g\":[0,2],\"t\":[0]}}\n");
    assertThat(Files.readString(dir.resolve("search/meta/0.json"))).startsWith("[[\"B\",");
  }

  private static FigureSummary figure(String figid, String year, String title, List<String> genes) {
    String src = figid + ".md";
    List<org.figsite.index.OrganismGenes> byOrganism = genes.isEmpty() ? List.of()
        : List.of(new org.figsite.index.OrganismGenes("9606", "Homo sapiens", genes,
            genes.stream().map(g -> "").toList(), List.of()));
    return new FigureSummary(src, new SourcePos(src, 2, 8), figid, title, year, "", "", List.of(), byOrganism,
        List.of(), List.of(), List.of());
  }
}
