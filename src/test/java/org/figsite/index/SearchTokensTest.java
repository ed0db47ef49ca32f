package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTokensTest {
  @Test
  void titleWordsAreLowerCaseWithoutStopWordsOrSingleLetters() {
    assertThat(SearchTokens.words("Towards personalized treatment of HER2-positive breast cancer: a review"))
        .containsExactly("towards", "personalized", "treatment", "her2", "positive", "breast", "cancer", "review");
    assertThat(SearchTokens.words("ＴＰ５３ and β-catenin")).containsExactly("tp53", "catenin");
  }

  @Test
  void aTermsWholeFormDropsOnlyLeadingAndTrailingPunctuation() {
    assertThat(SearchTokens.term("(ERK1/2),")).isEqualTo("erk1/2");
    assertThat(SearchTokens.term("ＰＩ３Ｋ")).isEqualTo("pi3k");
    assertThat(SearchTokens.term("--")).isEmpty();
  }

  @Test
  void wordsPrintedInAFigureAreFoundWholeAndByTheirParts() {
    assertThat(SearchTokens.printedWordTokens("ERK1/2")).containsExactly("erk1/2", "erk1");
    assertThat(SearchTokens.printedWordTokens("EGFR/HER1")).containsExactly("egfr/her1", "egfr", "her1");
    assertThat(SearchTokens.printedWordTokens("p-AKT")).containsExactly("p-akt", "akt");
    // Split into terms where a query is (search.js: /[\s,;]+/, no-break space included).
    assertThat(SearchTokens.printedWordTokens("PI3K\u00A0p110,AKT")).containsExactly("pi3k", "p110", "akt");
    // Single characters and stop words are not tokens.
    assertThat(SearchTokens.printedWordTokens("A")).isEmpty();
    assertThat(SearchTokens.printedWordTokens("(or)")).isEmpty();
  }

  @Test
  void plainAsciiWordsGiveWhatTheGeneralRuleGives() {
    // A leading space sends the word through the general rule (the plain-word short cut needs
    // letters and digits only); both must agree.
    for (String word : List.of("MAPK3", "AKT", "Tp53", "A", "OR", "of", "in", "p110", "9606", "ab")) {
      assertThat(SearchTokens.printedWordTokens(word)).as(word).isEqualTo(SearchTokens.printedWordTokens(" " + word));
    }
    assertThat(SearchTokens.printedWordTokens("MAPK3")).containsExactly("mapk3");
    assertThat(SearchTokens.printedWordTokens("OR")).isEmpty();
    assertThat(SearchTokens.normalize("ＴＰ５３")).isEqualTo(SearchTokens.normalize("TP53")).isEqualTo("tp53");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"tp, tp", "hla-, hla-", "c., c_002e", "βc, _03b2c"})
  void shardNamesKeepAsciiAndEscapeTheRest(String prefix, String shard) {
    assertThat(SearchTokens.shardName(prefix)).isEqualTo(shard);
  }
}
