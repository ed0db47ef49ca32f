package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.figsite.model.GeneMention;
import org.junit.jupiter.api.Test;

class FigureSummarizerTest {
  @Test
  void keepsThePrintedWordsThatAreNotTheFiguresOwnSymbols() {
    List<GeneMention> rows = List.of(
        human("TP53", "TP53"),
        human("AKT1", "AKT"),
        human("MAPK3", "ERK1/2"),
        human("MAPK1", "ERK1/2"),
        human("PIK3CA", "PI3K"),
        human("AKT1", "Akt1"),
        new GeneMention("10090", "Mus musculus", "18708", "Pik3ca", "p110α", "", ""));
    // TP53 and Akt1 are symbols of the figure (case aside); erk1/2 is kept once.
    assertThat(FigureSummarizer.printedWords(rows)).containsExactly("akt", "erk1/2", "erk1", "pi3k", "p110α");
  }

  private static GeneMention human(String symbol, String word) {
    return new GeneMention(GeneMention.HUMAN_TAXON, GeneMention.HUMAN_NAME, "1", symbol, word, "", "");
  }
}
