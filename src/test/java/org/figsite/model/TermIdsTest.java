package org.figsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermIdsTest {
  /**
   * One row a case: the source and identifier as a record gives them, then the source and
   * identifier figsite links with. MeSH ids lose their prefix (figsite's MeSH URL adds none);
   * ChEBI and DOID keep an upper-case one (their registries' ids include it); missing-value
   * markers are no id; other prefixes and shapes stay as written.
   */
  @ParameterizedTest(name = "[{0}] {1} -> [{2}] {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ""    | mesh:D001920   | MESH  | D001920
      MESH  | mesh:C536528   | MESH  | C536528
      ""    | MESH:D008545   | MESH  | D008545
      MESH  | D001920        | MESH  | D001920
      ""    | " D001920 "    | MESH  | D001920
      ""    | chebi:3165     | CHEBI | CHEBI:3165
      ""    | CHEBI:3165     | CHEBI | CHEBI:3165
      chebi | 3165           | CHEBI | CHEBI:3165
      ""    | doid:0060239   | DOID  | DOID:0060239
      DOID  | 0060239        | DOID  | DOID:0060239
      ""    | NA             | ""    | ""
      ""    | .na.character  | ""    | ""
      MESH  | ""             | MESH  | ""
      NA    | NA             | ""    | ""
      ""    | umls:C0001     | UMLS  | umls:C0001
      ""    | 12345          | ""    | 12345
      """)
  void normalizesASourceAndIdentifier(String source, String id, String linkedSource, String linkedId) {
    assertThat(TermIds.normalize(source, id)).containsExactly(linkedSource, linkedId);
  }

  @Test
  void aTermGetsItsNormalisedIdsAndNoMarkerAsName() {
    Term t = TermIds.term("Bradykinin", "bradykinin", "MESH", "mesh:D001920", "chebi:3165");
    assertThat(t).isEqualTo(new Term("Bradykinin", "bradykinin", "MESH", "D001920", "CHEBI:3165"));
    assertThat(t.label()).isEqualTo("bradykinin");
    Term bare = TermIds.term("L-tyrosine", "NA", "", "NA", "NA");
    assertThat(bare).isEqualTo(new Term("L-tyrosine", "", "", "", ""));
    assertThat(bare.label()).as("no name: the word").isEqualTo("L-tyrosine");
  }

  @Test
  void distinctDropsRepeatsOfWordAndIdsKeepingTheFirst() {
    Term glucose = new Term("Glucose", "glucose", "MESH", "D005947", "CHEBI:17234");
    Term renamed = new Term("Glucose", "D-glucose", "MESH", "D005947", "CHEBI:17234");
    Term otherWord = new Term("glucose", "glucose", "MESH", "D005947", "CHEBI:17234");
    Term noXref = new Term("Glucose", "glucose", "MESH", "D005947", "");
    assertThat(TermIds.distinct(List.of(glucose, renamed, otherWord, glucose, noXref)))
        .containsExactly(glucose, otherWord, noXref);
  }
}
