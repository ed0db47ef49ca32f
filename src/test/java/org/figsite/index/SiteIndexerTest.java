package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.model.Page;
import org.figsite.model.Redirect;
import org.junit.jupiter.api.Test;

class SiteIndexerTest {
  private final Problems problems = new Problems();
  private final List<Integer> dropped = new ArrayList<>();

  @Test
  void listsFiguresByFigidAndStubsInTheirFiguresOrder() {
    SiteIndex index = index(figure("a.md", "Z", List.of("TP53"), "/old/z"), null,
        figure("c.md", "M", List.of("TP53", "AKT1"), "/old/m2", "/old/m1"));
    assertThat(problems.hasErrors()).isFalse();
    assertThat(index.figures()).extracting(FigureSummary::figid).containsExactly("M", "Z");
    assertThat(index.slot(0)).isEqualTo(2);
    assertThat(List.of(index.stub(0), index.stub(1), index.stub(2))).containsExactly(
        new SiteIndex.Stub("/old/m2.html", 0), new SiteIndex.Stub("/old/m1.html", 0), new SiteIndex.Stub("/old/z.html", 1));
    assertThat(index.genes().get("TP53").figures()).containsExactly(0, 1);
    assertThat(index.genes().get("AKT1").figures()).containsExactly(0);
  }

  @Test
  void theRecordWhoseSourceSortsFirstKeepsADuplicateFigid() {
    SiteIndex index = index(figure("a.md", "X", List.of()), figure("b.md", "X", List.of()), figure("c.md", "x", List.of()));
    assertThat(index.figureCount()).isEqualTo(1);
    assertThat(dropped).containsExactly(1, 2);
    assertThat(messages()).containsExactly(
        "b.md:2:8: duplicate figid \"X\": also in a.md:2:8",
        "c.md:2:8: figid \"x\" differs from \"X\" (a.md:2:8) only by letter case");
  }

  @Test
  void pagesTakeTheirPathsBeforeRedirectsAndTheFirstRedirectWins() {
    SiteIndex index = index(figure("a.md", "A", List.of(), "/figures/B", "/old/x"), figure("b.md", "B", List.of()),
        figure("c.md", "C", List.of(), "/OLD/X/", "/old/x"), figure("d.md", "D", List.of(), "/old/d", "/old/d.html"));
    assertThat(dropped).containsExactly(0);
    assertThat(index.figures()).extracting(FigureSummary::figid).containsExactly("B", "C", "D");
    // Once a's redirects are gone, c takes /old/x; a repeated path in one record is one stub.
    assertThat(index.stubCount()).isEqualTo(3);
    assertThat(List.of(index.stub(0).file(), index.stub(1).file(), index.stub(2).file()))
        .containsExactly("/OLD/X/index.html", "/old/x.html", "/old/d.html");
    assertThat(messages()).containsExactly(
        "a.md:5:3: redirect \"/figures/B\" of figure \"A\" collides with the page of figure \"B\" (b.md:2:8)");
  }

  @Test
  void aLaterRedirectOfTheSamePathNamesTheFirst() {
    index(figure("a.md", "A", List.of(), "/old/x"), figure("b.md", "B", List.of(), "/Old/X", "/fine"));
    assertThat(dropped).containsExactly(1);
    assertThat(messages()).containsExactly(
        "b.md:5:3: redirect \"/Old/X\" of figure \"B\" collides with the redirect of figure \"A\" (a.md:5:3)");
  }

  @Test
  void aRedirectOntoASitePageIsAnErrorInAnyLetterCase() {
    SiteIndexer.index(Summaries.of(Arrays.asList(figure("a.md", "A", List.of(), "/FAQ"),
        figure("b.md", "B", List.of(), "/old/b"))), problems, dropped,
        List.of(new Page("content/pages/faq.md", "faq", "FAQ", "", Map.of(), null)));
    assertThat(dropped).containsExactly(0);
    assertThat(messages()).containsExactly(
        "a.md:5:3: redirect \"/FAQ\" of figure \"A\" would replace the site page content/pages/faq.md (/faq.html)");
  }

  @Test
  void aGeneNamedLikeTheIndexPageGetsARenamedPage() {
    SiteIndex index = index(figure("a.md", "A", List.of("INDEX", "TP53")));
    assertThat(problems.sorted()).isEmpty();
    assertThat(index.genes().keySet()).containsExactly("INDE~58", "TP53");
  }

  @Test
  void findsEveryPathInABigTable() {
    PathClaims claims = new PathClaims(4, owner -> "/p/" + owner);
    for (long i = 0; i < 10_000; i++) assertThat(claims.claimIfAbsent("/p/" + i, i)).isEqualTo(PathClaims.NONE);
    for (long i = 0; i < 10_000; i++) assertThat(claims.find("/p/" + i)).isEqualTo(i);
    assertThat(claims.claimIfAbsent("/p/42", 7)).isEqualTo(42);
    assertThat(claims.find("/p/x")).isEqualTo(PathClaims.NONE);
  }

  private SiteIndex index(FigureSummary... slots) {
    return SiteIndexer.index(Summaries.of(Arrays.asList(slots)), problems, dropped);
  }

  private List<String> messages() {
    return problems.sorted().stream().map(p -> p.pos() + ": " + p.message()).toList();
  }

  private static FigureSummary figure(String source, String figid, List<String> genes, String... redirects) {
    List<Redirect> rs = new ArrayList<>();
    for (int i = 0; i < redirects.length; i++) rs.add(new Redirect(redirects[i], new SourcePos(source, 5 + i, 3)));
    List<String> entrez = genes.stream().map(g -> "").toList();
    List<OrganismGenes> byOrganism = genes.isEmpty() ? List.of()
        : List.of(new OrganismGenes("9606", "Homo sapiens", genes, entrez, List.of()));
    return new FigureSummary(source, new SourcePos(source, 2, 8), figid, "Title " + figid, "2020", "", "", List.of(),
        byOrganism, List.of(), List.of(), List.of(), rs, "");
  }
}
