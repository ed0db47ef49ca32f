package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTokensTest {
  @Test
  void titleWordsAreLowerCaseWithoutStopWordsOrSingleLetters() {
    assertThat(SearchTokens.words("Towards personalized treatment of HER2-positive breast cancer: a review"))
        .containsExactly("towards", "personalized", "treatment", "her2", "positive", "breast", "cancer", "review");
    assertThat(SearchTokens.words("ＴＰ５３ and β-catenin")).containsExactly("tp53", "catenin");
  }

  @Test
  void shardNamesKeepAsciiAndEscapeTheRest() {
    assertThat(SearchTokens.shardName("tp")).isEqualTo("tp");
    assertThat(SearchTokens.shardName("hla-")).isEqualTo("hla-");
    assertThat(SearchTokens.shardName("c.")).isEqualTo("c_002e");
    assertThat(SearchTokens.shardName("βc")).isEqualTo("_03b2c");
  }
}
