package org.figsite.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureBrief;
import org.figsite.index.FigureSummary;
import org.figsite.index.OrganismGenes;
import org.figsite.load.PackedStrings;
import org.figsite.model.Redirect;
import org.figsite.model.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredSummariesTest {
  @TempDir Path dir;

  @Test
  void summariesWrittenFromManyThreadsReadBackWholeOrInPart() throws IOException {
    Path file = dir.resolve("s");
    StoredSummaries read;
    try (SummaryWriter w = SummaryWriter.create(file, 1000)) {
      IntStream.range(0, 1000).parallel().filter(i -> i % 7 != 3).forEach(i -> {
        try {
          w.put(i, summary(i));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
      read = w.finish();
    }
    for (int i = 0; i < 1000; i++) {
      assertThat(read.has(i)).isEqualTo(i % 7 != 3);
      if (!read.has(i)) continue;
      FigureSummary s = summary(i);
      assertThat(read.get(i)).isEqualTo(s);
      assertThat(read.figid(i)).isEqualTo(s.figid());
      assertThat(read.brief(i)).isEqualTo(FigureBrief.of(s));
      assertThat(read.redirects(i)).isEqualTo(s.redirects());
      assertThat(read.printedWords(i)).isEqualTo(s.printedWords());
      assertThat(read.lastModified(i)).isEqualTo(s.lastModified());
    }
  }

  @Test
  void aCacheReadBackFindsEachEntrysSummaryAndKeepsItsFileWhenNothingMoved() throws IOException {
    Path cacheFile = dir.resolve(".out.figsite-cache");
    Path summaries = BuildCache.summariesFileFor(cacheFile);
    StoredSummaries written;
    try (SummaryWriter w = SummaryWriter.create(summaries, 3)) {
      w.put(0, summary(0));
      w.put(2, summary(2));
      written = w.finish();
    }
    PackedStrings names = new PackedStrings.Builder(2).add("a.md").add("c.md").build();
    BuildCache.afterFullBuild("settings", "id", "pages", summaries, names, new long[] {10, 30}, new long[] {1, 3},
        written.select(new int[] {0, 2}), List.of("/genes/A.html")).write(cacheFile);
    assertThat(summaries).exists();

    BuildCache cache = BuildCache.read(cacheFile).orElseThrow();
    assertThat(cache.count()).isEqualTo(2);
    assertThat(cache.name(1)).isEqualTo("c.md");
    assertThat(cache.size(1)).isEqualTo(30);
    assertThat(cache.summaries().get(1)).isEqualTo(summary(2));
    assertThat(cache.sitePaths()).containsExactly("/genes/A.html");

    // One entry replaced by new bytes: the next cache gets a new summaries file.
    StoredSummaries next = cache.summaries().rearranged(new int[] {0, -1},
        new byte[][] {null, SummaryCodec.encode(summary(5))});
    cache.next("id", "pages", names, new long[] {10, 31}, new long[] {1, 4}, next, null).write(cacheFile);
    assertThat(summaries).doesNotExist();
    BuildCache again = BuildCache.read(cacheFile).orElseThrow();
    assertThat(again.summaries().get(0)).isEqualTo(summary(0));
    assertThat(again.summaries().get(1)).isEqualTo(summary(5));
    assertThat(again.sitePaths()).containsExactly("/genes/A.html");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(".out.figsite-cache", ".out.figsite-cache.summaries-1");
    }
  }

  private static FigureSummary summary(int i) {
    String src = "content/figures/f" + i + ".md";
    return new FigureSummary(src, new SourcePos(src, 2, 9), "PMC" + i + "__F1", "Title ü " + i, i % 2 == 0 ? "2019" : "",
        "PMC" + i, "f" + i + ".jpg", List.of("Homo sapiens"),
        List.of(new OrganismGenes("9606", "Homo sapiens", List.of("TP53", "AKT" + i), List.of("7157", ""), List.of("7157")),
            new OrganismGenes("10090", "Mus musculus", List.of("Akt1"), List.of("11651 11652"), List.of("11651", "11652"))),
        List.of("akt", "erk1/2", "pi3k" + i),
        List.of(new Term("glucose", "glucose", "MESH", "D005947", "CHEBI:17234")), List.of(),
        i % 3 == 0 ? List.of() : List.of(new Redirect("/figures/F" + i, new SourcePos(src, 20, 3))),
        i % 2 == 0 ? "" : "2024-05-0" + (1 + i % 9) + (i % 4 == 1 ? "T09:30:00Z" : ""));
  }
}
