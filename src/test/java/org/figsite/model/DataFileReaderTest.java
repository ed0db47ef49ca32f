package org.figsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.figsite.diag.Problem;
import org.figsite.load.SourceText;
import org.figsite.load.TsvTable;
import org.junit.jupiter.api.Test;

class DataFileReaderTest {
  private static final String GENES_HEADER = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol"
      + "\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n";
  private final List<Problem> problems = new ArrayList<>();

  private TsvTable table(String text, DataKind kind) {
    TsvTable t = TsvTable.parse(new SourceText("d/X-" + kind.key() + ".tsv", text), kind.required(), problems);
    assertThat(problems).as("the table parses").isEmpty();
    return t;
  }

  private List<GeneMention> genes(String rows) {
    return DataFileReader.genes(table(GENES_HEADER + rows, DataKind.GENES), problems);
  }

  private List<String> headlines() {
    return problems.stream().map(Problem::headline).toList();
  }

  @Test
  void readsGeneRowsOfEveryOrganismHumanFirst() {
    List<GeneMention> g = genes(
        "7227\tDrosophila melanogaster\tInvertebrates\tEgfr\tEGFR\tEgfr\t37455\tncbigene_symbol\t1\tNA\t1\n"
            + "9606\tHomo sapiens\tPrimates\tKeap1\tKEAP1\tKEAP1\t9817\tncbigene_synonym\t2\t5\t6\n");
    assertThat(problems).isEmpty();
    assertThat(g).containsExactly(
        new GeneMention("9606", "Homo sapiens", "9817", "KEAP1", "Keap1", "KEAP1", "ncbigene_synonym"),
        new GeneMention("7227", "Drosophila melanogaster", "37455", "Egfr", "Egfr", "EGFR", "ncbigene_symbol"));
  }

  @Test
  void naAndEmptyCellsAreNoValueButWordsAreKeptAsRead() {
    List<GeneMention> g = genes(
        "7227\tDrosophila melanogaster\tInvertebrates\tB-AR\tBAR\tNA\t44798\tncbigene_synonym\t3\t21\t9\n"
            + "9606\tNA\tPrimates\tMe  Me \tNA\tX\tNA\t\t1\tNA\t1\n"
            + "9606\tHomo sapiens\tPrimates\tNA\tNA\tSLC9A1\t6548\tncbigene_symbol\t1\tNA\t1\n"
            + "10090\t.na.character\tRodents\tAkt\tAKT\tAkt1\t11651\tncbigene_symbol\t1\tNA\t1\n");
    assertThat(problems).isEmpty();
    assertThat(g).containsExactly(
        new GeneMention("9606", "Homo sapiens", "", "X", "Me  Me ", "", ""),
        new GeneMention("9606", "Homo sapiens", "6548", "SLC9A1", "NA", "", "ncbigene_symbol"),
        new GeneMention("7227", "Drosophila melanogaster", "44798", "", "B-AR", "BAR", "ncbigene_synonym"),
        new GeneMention("10090", "taxon 10090", "11651", "Akt1", "Akt", "AKT", "ncbigene_symbol"));
  }

  @Test
  void exactRepeatsAreDroppedAndOneSymbolMayHaveTwoIds() {
    String row = "3702\tArabidopsis thaliana\tPlants and Fungi\tACO2\tACO2\tACO2\t828805\tncbigene_symbol\t1\tNA\t1\n";
    List<GeneMention> g = genes(row + row.replace("828805", "842536") + row);
    assertThat(g).extracting(GeneMention::ncbiId).containsExactly("828805", "842536");
  }

  @Test
  void nonDigitIdsAreErrorsAtTheirCellAndTheRowIsLeftOut() {
    List<GeneMention> g = genes(
        "9606\tHomo sapiens\tPrimates\tAKT\tAKT\tAKT1\t207ab\tncbigene_symbol\t1\tNA\t1\n"
            + "human\tHomo sapiens\tPrimates\tEGFR\tEGFR\tEGFR\t1956\tncbigene_symbol\t1\tNA\t1\n"
            + "NA\tHomo sapiens\tPrimates\tEGFR\tEGFR\tEGFR\t1956\tncbigene_symbol\t1\tNA\t1\n"
            + "9606\tHomo sapiens\tPrimates\tTP53\tTP53\tTP53\t7157\tncbigene_symbol\t1\tNA\t1\n");
    assertThat(headlines()).containsExactly(
        "d/X-genes.tsv:2:41: error: ncbigene_id must be digits, got \"207ab\"",
        "d/X-genes.tsv:3:1: error: organism_id must be digits, got \"human\"",
        "d/X-genes.tsv:4:1: error: organism_id is missing");
    assertThat(g).extracting(GeneMention::symbol).containsExactly("TP53");
  }

  @Test
  void aSymbolTooLongToNameAPageIsAnErrorAtItsCell() {
    String ok = "A".repeat(64);
    String greek = "α".repeat(33);
    List<GeneMention> g = genes("10090\tMus musculus\tRodents\tw\tw\t" + ok + "\t1\tx\t1\tNA\t1\n"
        + "10090\tMus musculus\tRodents\tw\tw\t" + ok + "B\t2\tx\t1\tNA\t1\n"
        + "10090\tMus musculus\tRodents\tw\tw\t" + greek + "\t3\tx\t1\tNA\t1\n");
    assertThat(headlines()).containsExactly(
        "d/X-genes.tsv:3:32: error: ncbigene_symbol is 65 bytes long; a gene symbol has at most 64",
        "d/X-genes.tsv:4:32: error: ncbigene_symbol is 66 bytes long; a gene symbol has at most 64");
    assertThat(g).extracting(GeneMention::symbol).containsExactly(ok);
  }

  @Test
  void chemicalsGetBareMeshIdsAndPrefixedChebiIds() {
    List<Term> t = DataFileReader.terms(table("word\tmesh\tmatch\tname\tchebi\n"
        + "Bradykinin\tmesh:D001920\tBradykinin\tbradykinin\tchebi:3165\n"
        + "Glucose\tmesh:D005947\tGlucose\tglucose\tNA\n"
        + "Glucose\tmesh:D005947\tGlucose\tglucose\tNA\n"
        + "ATP\tNA\tATP\tATP\tchebi:15422\n"
        + "L-tyrosine\tNA\tNA\tNA\tNA\n"
        + "Me  Me  Me \tNA\tNA\tNA\tNA\n", DataKind.CHEMICALS), DataKind.CHEMICALS);
    assertThat(t).containsExactly(
        new Term("Bradykinin", "bradykinin", "MESH", "D001920", "CHEBI:3165"),
        new Term("Glucose", "glucose", "MESH", "D005947", ""),
        new Term("ATP", "ATP", "CHEBI", "CHEBI:15422", ""),
        new Term("L-tyrosine", "", "", "", ""),
        new Term("Me  Me  Me ", "", "", "", ""));
  }

  @Test
  void diseasesGetPrefixedDoidIds() {
    List<Term> t = DataFileReader.terms(table("word\tmesh\tmatch\tname\tdoid\n"
        + "LPS\tmesh:C536528\tVan der Woude syndrome\tVan der Woude syndrome\tdoid:0060239\n"
        + "Cancer\tNA\tNA\tcancer\tdoid:162\n", DataKind.DISEASES), DataKind.DISEASES);
    assertThat(t).containsExactly(
        new Term("LPS", "Van der Woude syndrome", "MESH", "C536528", "DOID:0060239"),
        new Term("Cancer", "cancer", "DOID", "DOID:162", ""));
  }

  @Test
  void anUnprefixedIdInTheChebiOrDoidColumnIsReadAsThatVocabulary() {
    List<Term> chem = DataFileReader.terms(table("word\tmesh\tmatch\tname\tchebi\n"
        + "Bradykinin\tD001920\tx\tbradykinin\t3165\nATP\tNA\tx\tATP\t15422\n", DataKind.CHEMICALS), DataKind.CHEMICALS);
    assertThat(chem).containsExactly(new Term("Bradykinin", "bradykinin", "MESH", "D001920", "CHEBI:3165"),
        new Term("ATP", "ATP", "CHEBI", "CHEBI:15422", ""));
    List<Term> dis = DataFileReader.terms(table("word\tmesh\tmatch\tname\tdoid\n"
        + "LPS\tmesh:C536528\tx\ty\t0060239\n", DataKind.DISEASES), DataKind.DISEASES);
    assertThat(dis).containsExactly(new Term("LPS", "y", "MESH", "C536528", "DOID:0060239"));
  }

  @Test
  void dataFileNamesGiveTheirFigid() {
    assertThat(DataKind.GENES.fileName("PMC1__F1")).isEqualTo("PMC1__F1-genes.tsv");
    assertThat(DataKind.figidOf("PMC10028837__nihpp-2023.03.03.530734v1-f0001-chemicals.tsv"))
        .contains("PMC10028837__nihpp-2023.03.03.530734v1-f0001");
    assertThat(DataKind.figidOf("PMC1__F1-diseases.tsv")).contains("PMC1__F1");
    assertThat(DataKind.figidOf("-genes.tsv")).isEmpty();
    assertThat(DataKind.figidOf("PMC1__F1-pathways.tsv")).isEmpty();
    assertThat(DataKind.figidOf("PMC1__F1-genes.csv")).isEmpty();
  }
}
