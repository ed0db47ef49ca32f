package org.figsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.figsite.diag.Problem;
import org.junit.jupiter.api.Test;

class TsvTableTest {
  private static final List<String> REQUIRED = List.of("word", "mesh");
  private final List<Problem> problems = new ArrayList<>();

  private TsvTable parse(String text) {
    return TsvTable.parse(new SourceText("d/x.tsv", text), REQUIRED, problems);
  }

  private List<String> headlines() {
    return problems.stream().map(Problem::headline).toList();
  }

  @Test
  void splitsOnEveryTabAndKeepsCellsExactlyAsWritten() {
    TsvTable t = parse("word\tmesh\tname\n Me  Me  Me \tmesh:D1\t\"quoted, with comma\n|TH|T\tNA\t\n");
    assertThat(problems).isEmpty();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.cell(0, t.column("word"))).isEqualTo(" Me  Me  Me ");
    assertThat(t.cell(0, t.column("name"))).as("a quote is an ordinary character").isEqualTo("\"quoted, with comma");
    assertThat(t.cell(1, t.column("word"))).isEqualTo("|TH|T");
    assertThat(t.cell(1, t.column("mesh"))).as("NA is left to the reader").isEqualTo("NA");
    assertThat(t.cell(1, t.column("name"))).as("a trailing tab ends an empty cell").isEmpty();
  }

  @Test
  void columnsAreFoundByNameInAnyOrder() {
    TsvTable t = parse("extra\tmesh\tword\nx\tD1\tGlucose\n");
    assertThat(t.column("word")).isEqualTo(2);
    assertThat(t.column("chebi")).isEqualTo(-1);
    assertThat(t.cell(0, t.column("chebi"))).as("a column the file lacks reads as empty").isEmpty();
    assertThat(t.cell(0, t.column("word"))).isEqualTo("Glucose");
  }

  @Test
  void acceptsCrlfBlankLinesAndNoFinalNewline() {
    TsvTable t = parse("word\tmesh\r\nA\tD1\r\n\r\n\nB\tD2");
    assertThat(problems).isEmpty();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.cell(0, 1)).as("no CR left in the last cell").isEqualTo("D1");
    assertThat(t.cell(1, 0)).isEqualTo("B");
    assertThat(t.problemAt(1, 1, "m", "h").headline()).as("blank lines still count").isEqualTo("d/x.tsv:5:3: error: m");
  }

  @Test
  void aBomIsDroppedByTheDecoderSoTheFirstColumnIsFound() throws Exception {
    byte[] bytes = "\uFEFFword\tmesh\nA\tD1\n".getBytes(StandardCharsets.UTF_8);
    TsvTable t = TsvTable.parse(SourceDecoder.decode("d/x.tsv", bytes), REQUIRED, problems);
    assertThat(problems).isEmpty();
    assertThat(t.column("word")).isZero();
  }

  @Test
  void aHeaderOnlyFileHasNoRows() {
    assertThat(parse("word\tmesh\n").rowCount()).isZero();
    assertThat(parse("word\tmesh").rowCount()).isZero();
    assertThat(problems).isEmpty();
  }

  @Test
  void rowsWithTheWrongNumberOfCellsAreErrorsAtTheirLineAndLeftOut() {
    TsvTable t = parse("word\tmesh\nA\tD1\nB\nC\tD3\tx\n\nD\tD4\n");
    assertThat(headlines()).containsExactly(
        "d/x.tsv:3:1: error: row has 1 column, the header has 2",
        "d/x.tsv:4:1: error: row has 3 columns, the header has 2");
    assertThat(problems.get(1).sourceLine()).isEqualTo("C\tD3\tx");
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.cell(1, 0)).isEqualTo("D");
  }

  @Test
  void aMissingRequiredColumnIsAnErrorOnTheHeaderAndNoRowIsRead() {
    TsvTable t = parse("word\tmatch\nA\tB\n");
    assertThat(headlines()).containsExactly("d/x.tsv:1:1: error: data file has no column 'mesh'");
    assertThat(t.rowCount()).isZero();
  }

  @Test
  void anEmptyFileIsAnErrorAboutTheWholeFile() {
    parse("");
    assertThat(headlines()).containsExactly("d/x.tsv: error: data file is empty: it needs at least a header row");
    problems.clear();
    parse("\r\n\n");
    assertThat(problems).hasSize(1);
  }

  @Test
  void problemsAtACellPointAtItsFirstCharacterOnItsOwnLine() {
    TsvTable t = parse("word\tmesh\tid\n\nGlucose\tmesh:D1\t12ab\n");
    assertThat(t.problemAt(0, 2, "bad id", "digits").headline()).isEqualTo("d/x.tsv:3:17: error: bad id");
    assertThat(t.problemAt(0, 0, "bad word", "").headline()).isEqualTo("d/x.tsv:3:1: error: bad word");
    assertThat(t.problemAt(0, 2, "bad id", "digits").sourceLine()).isEqualTo("Glucose\tmesh:D1\t12ab");
  }
}
