package org.figsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermIdsTest {
  @Test
  void meshIdsLoseTheirPrefix() {
    assertThat(TermIds.normalize("", "mesh:D001920")).containsExactly("MESH", "D001920");
    assertThat(TermIds.normalize("MESH", "mesh:C536528")).containsExactly("MESH", "C536528");
    assertThat(TermIds.normalize("", "MESH:D008545")).containsExactly("MESH", "D008545");
    assertThat(TermIds.normalize("MESH", "D001920")).containsExactly("MESH", "D001920");
    assertThat(TermIds.normalize("", " D001920 ")).as("a bare MeSH-shaped id").containsExactly("MESH", "D001920");
  }

  @Test
  void chebiAndDoidIdsKeepAnUpperCasePrefix() {
    assertThat(TermIds.normalize("", "chebi:3165")).containsExactly("CHEBI", "CHEBI:3165");
    assertThat(TermIds.normalize("", "CHEBI:3165")).containsExactly("CHEBI", "CHEBI:3165");
    assertThat(TermIds.normalize("chebi", "3165")).containsExactly("CHEBI", "CHEBI:3165");
    assertThat(TermIds.normalize("", "doid:0060239")).containsExactly("DOID", "DOID:0060239");
    assertThat(TermIds.normalize("DOID", "0060239")).containsExactly("DOID", "DOID:0060239");
  }

  @Test
  void missingMarkersAreNoId() {
    assertThat(TermIds.normalize("", "NA")).containsExactly("", "");
    assertThat(TermIds.normalize("", ".na.character")).containsExactly("", "");
    assertThat(TermIds.normalize("MESH", "")).containsExactly("MESH", "");
    assertThat(TermIds.normalize("NA", "NA")).containsExactly("", "");
  }

  @Test
  void otherPrefixesAndShapesAreKeptAsWritten() {
    assertThat(TermIds.normalize("", "umls:C0001")).containsExactly("UMLS", "umls:C0001");
    assertThat(TermIds.normalize("", "12345")).containsExactly("", "12345");
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
