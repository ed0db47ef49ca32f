package org.figsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.figsite.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSourcesTest {
  @TempDir Path figures;

  private Optional<RecordSource> read(String text) throws IOException {
    Path file = Files.writeString(figures.resolve("a.md"), text);
    return RecordSources.read(file, "content/figures/a.md");
  }

  @Test
  void readsAQuotedFigidWithAComment() throws IOException {
    Optional<RecordSource> r = read("---\ntitle: x\n'figid': \"PMC1__F1\"  # was PMC1__F2\n---\nbody\n");

    assertThat(r).hasValueSatisfying(s -> {
      assertThat(s.figid()).isEqualTo("PMC1__F1");
      assertThat(s.pos()).isEqualTo(new SourcePos("content/figures/a.md", 3, 1));
      assertThat(s.lineText()).isEqualTo("'figid': \"PMC1__F1\"  # was PMC1__F2");
    });
  }

  @Test
  void readsAFigidInFlowStyle() throws IOException {
    Optional<RecordSource> r = read("---\n{title: x, figid: PMC1__F1}\n---\n");

    assertThat(r).map(RecordSource::figid).hasValue("PMC1__F1");
    assertThat(r).map(RecordSource::pos).hasValue(new SourcePos("content/figures/a.md", 2, 12));
  }

  @Test
  void takesNoFigidFromTheTextOfAnotherValue() throws IOException {
    Optional<RecordSource> r = read("---\ncaption: \"The pathway,\nfigid: PMC9__F9 in the text\"\nfigid: PMC1__F1\n---\n");

    assertThat(r).map(RecordSource::figid).hasValue("PMC1__F1");
    assertThat(r).map(s -> s.pos().line()).hasValue(4);
  }

  @Test
  void readsAFigidOverSeveralLinesAsOneValue() throws IOException {
    Optional<RecordSource> r = read("---\nfigid:\n  PMC1__F1\ntitle: x\n---\n");

    assertThat(r).map(RecordSource::figid).hasValue("PMC1__F1");
  }

  @Test
  void findsNothingInARecordThatDoesNotParseOrGivesNoFigid() throws IOException {
    assertThat(read("---\nfigid: [PMC1\n---\n")).isEmpty();
    assertThat(read("---\nfigid: NA\n---\n")).isEmpty();
    assertThat(read("no front matter\n")).isEmpty();
    assertThat(RecordSources.read(figures.resolve("missing.md"), "content/figures/missing.md")).isEmpty();
  }

  @Test
  void findsTheRecordOfAFigidWhateverItsFileIsCalled() throws IOException {
    Files.writeString(figures.resolve("PMC1__F1.md"), "---\nfigid: PMC2__F2\n---\n");
    Files.writeString(figures.resolve("other.md"), "---\n# renamed\nfigid: \"PMC1__F1\"\n---\n");
    RecordSources sources = new RecordSources(figures, "content/figures/");

    assertThat(sources.find("PMC1__F1")).map(RecordSource::pos)
        .hasValue(new SourcePos("content/figures/other.md", 3, 1));
    assertThat(sources.find("PMC3__F3")).isEmpty();
  }
}
