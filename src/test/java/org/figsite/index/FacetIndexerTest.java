package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.figsite.diag.SourcePos;
import org.figsite.model.Term;
import org.junit.jupiter.api.Test;

class FacetIndexerTest {
  @Test
  void collidingOrganismSlugsGetNumberedInNameOrder() {
    List<FigureSummary> figs = List.of(
        figure("A", "2001", List.of("Homo sapiens", "homo  sapiens"), List.of()),
        figure("B", "2003", List.of("Homo-sapiens", "Index"), List.of()));
    assertThat(indexed(figs).organisms()).extracting(Facet::key, Facet::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple("homo-sapiens", "Homo sapiens"),
        org.assertj.core.groups.Tuple.tuple("homo-sapiens-2", "Homo-sapiens"),
        org.assertj.core.groups.Tuple.tuple("homo-sapiens-3", "homo  sapiens"),
        org.assertj.core.groups.Tuple.tuple("index-2", "Index"));
  }

  @Test
  void termsAreKeyedByIdAndLabelledByTheCommonestWord() {
    List<FigureSummary> figs = List.of(
        figure("A", "", List.of(), List.of(new Term("glutamate", "", "MESH", "D018698", ""), new Term("Cancer", "", "", "", ""))),
        figure("B", "", List.of(), List.of(new Term("Glutamate", "", "MESH", "d018698", ""))),
        figure("C", "", List.of(), List.of(new Term("Glutamate", "", "MESH", "D018698", ""))));
    List<Facet> facets = indexed(figs).chemicals();
    assertThat(facets).hasSize(1);
    assertThat(facets.get(0).key()).isEqualTo("D018698");
    assertThat(facets.get(0).label()).isEqualTo("Glutamate");
    assertThat(facets.get(0).figures()).containsExactly(0, 1, 2);
  }

  @Test
  void newestFirstPutsFiguresWithoutAYearLast() {
    List<FigureSummary> figs = List.of(figure("A", "", List.of(), List.of()), figure("B", "2001", List.of(), List.of()),
        figure("C", "2020", List.of(), List.of()), figure("D", "2001", List.of(), List.of()));
    assertThat(indexed(figs).newestFirst()).containsExactly(2, 1, 3, 0);
  }

  private static FacetIndexer indexed(List<FigureSummary> figs) {
    FacetIndexer facets = new FacetIndexer();
    for (int i = 0; i < figs.size(); i++) facets.add(i, figs.get(i));
    return facets;
  }

  private static FigureSummary figure(String figid, String year, List<String> organisms, List<Term> chemicals) {
    return new FigureSummary(figid + ".md", new SourcePos(figid + ".md", 1, 1), figid, "Title " + figid, year, "", "",
        organisms, List.of(), List.of(), chemicals, List.of(), List.of(), "");
  }
}
