package org.figsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneRowsTest {
  private static GeneMention fly(String word, String symbol, String id) {
    return new GeneMention("7227", "Drosophila melanogaster", id, symbol, word, word, "ncbigene_symbol");
  }

  private static GeneMention human(String word, String symbol, String id) {
    return new GeneMention("9606", "Homo sapiens", id, symbol, word, word, "ncbigene_symbol");
  }

  private static GeneMention mouse(String word, String symbol, String id) {
    return new GeneMention("10090", "Mus musculus", id, symbol, word, word, "ncbigene_symbol");
  }

  @Test
  void groupsByOrganismHumanFirstThenInTheOrderTheDataNamesThem() {
    List<GeneMention> rows = List.of(fly("Egfr", "Egfr", "37455"), mouse("Akt", "Akt1", "11651"),
        human("AKT", "AKT1", "207"), fly("ras", "Ras85D", "41140"), human("EGFR", "EGFR", "1956"));
    assertThat(GeneRows.tidy(rows)).containsExactly(human("AKT", "AKT1", "207"), human("EGFR", "EGFR", "1956"),
        fly("Egfr", "Egfr", "37455"), fly("ras", "Ras85D", "41140"), mouse("Akt", "Akt1", "11651"));
  }

  @Test
  void dropsExactRepeatsButKeepsEachOrganismIdAndWord() {
    GeneMention akt = human("AKT", "AKT1", "207");
    GeneMention aktMatchedOtherwise = new GeneMention("9606", "Homo sapiens", "207", "AKT1", "AKT", "Akt", "famplex");
    List<GeneMention> tidy = GeneRows.tidy(List.of(akt, aktMatchedOtherwise, human("Akt", "AKT1", "207"),
        mouse("AKT", "AKT1", "207"), human("AKT", "AKT2", "208"),
        fly("ACO2", "ACO2", "828805"), fly("ACO2", "ACO2", "842536")));
    assertThat(tidy).as("one row per (organism, id, symbol, word)").containsExactly(akt, human("Akt", "AKT1", "207"),
        human("AKT", "AKT2", "208"), mouse("AKT", "AKT1", "207"), fly("ACO2", "ACO2", "828805"),
        fly("ACO2", "ACO2", "842536"));
  }

  @Test
  void wordsDifferingOnlyInSpacesAreDifferentRows() {
    assertThat(GeneRows.tidy(List.of(human("AKT", "AKT1", "207"), human("AKT ", "AKT1", "207")))).hasSize(2);
  }

  @Test
  void rowsWithoutIdOrSymbolAreKept() {
    GeneMention noSymbol = fly("B-AR", "", "44798");
    GeneMention noId = human("X", "X", "");
    assertThat(GeneRows.tidy(List.of(noSymbol, noId, noSymbol))).containsExactly(noId, noSymbol);
  }

  @Test
  void noRowsGiveNoRows() {
    assertThat(GeneRows.tidy(List.of())).isEmpty();
  }

  @Test
  void keepsOrganismAndSymbolInNfcSoBothSpellingsAreOneGene() {
    GeneMention decomposed = new GeneMention("11111", "Ume\u0301 virus", "5", "ge\u0301", "w", "", "");
    GeneMention composed = new GeneMention("11111", "Um\u00e9 virus", "5", "g\u00e9", "w", "", "");
    assertThat(decomposed).isEqualTo(composed);
    assertThat(decomposed.symbol()).isEqualTo("g\u00e9");
    assertThat(GeneRows.tidy(List.of(decomposed, composed))).hasSize(1);
  }
}
