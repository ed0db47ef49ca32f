package org.figsite.index;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.SortedMap;
import org.figsite.model.RedirectPaths;

/**
 * The cross-record facts of a site: the figures in figid order, the alias stubs, and which
 * figures mention each gene, organism, chemical and disease. Computed once by {@link SiteIndexer};
 * read-only afterwards.
 *
 * <p>It holds no figure: only slots into the build's {@link Summaries}, read again (decoded) when
 * a page needs them, and int arrays. Figure {@code i} is the i-th in figid order.
 */
public final class SiteIndex {
  private final Summaries summaries;
  private final int[] slots;
  private final StubOrder stubs;
  private final SortedMap<String, IndexedGene> genes;
  private final List<GeneOrganism> geneOrganisms;
  private final List<Facet> organisms;
  private final List<Facet> chemicals;
  private final List<Facet> diseases;
  private final int[] newestFirst;

  /** @param slots for each figure, its slot in {@code summaries} */
  SiteIndex(Summaries summaries, int[] slots, StubOrder stubs, SortedMap<String, IndexedGene> genes,
      List<GeneOrganism> geneOrganisms, List<Facet> organisms, List<Facet> chemicals, List<Facet> diseases, int[] newestFirst) {
    this.summaries = summaries;
    this.slots = slots;
    this.stubs = stubs;
    this.genes = genes;
    this.geneOrganisms = geneOrganisms;
    this.organisms = organisms;
    this.chemicals = chemicals;
    this.diseases = diseases;
    this.newestFirst = newestFirst;
  }

  public int figureCount() {
    return slots.length;
  }

  /** Figure i, decoded anew on each call. */
  public FigureSummary figure(int i) {
    return summaries.get(slots[i]);
  }

  /** Figure i's id, read without the rest. */
  public String figid(int i) {
    return summaries.figid(slots[i]);
  }

  /** What a listing shows of figure i, decoded without the rest. */
  public FigureBrief brief(int i) {
    return summaries.brief(slots[i]);
  }

  /** The search tokens of the words printed in figure i, decoded without the rest. */
  public List<String> printedWords(int i) {
    return summaries.printedWords(slots[i]);
  }

  /** Figure i's {@code last_modified_at}, or "", decoded without the rest. */
  public String lastModified(int i) {
    return summaries.lastModified(slots[i]);
  }

  /** The slot (record file) figure i comes from. */
  public int slot(int i) {
    return slots[i];
  }

  /** Every figure, in figid order, each decoded when it is read. */
  public List<FigureSummary> figures() {
    return new Figures();
  }

  public int stubCount() {
    return stubs.figures().length;
  }

  /** Stub k (stubs come in the order of their figures); reads its figure's redirects. */
  public Stub stub(int k) {
    int figure = stubs.figures()[k];
    String path = summaries.redirects(slots[figure]).get(stubs.redirects()[k]).path();
    return new Stub(RedirectPaths.stubFile(path), figure);
  }

  /** Every gene page by its name below {@code /genes/} ({@link SitePaths#geneKey}), sorted. */
  public SortedMap<String, IndexedGene> genes() {
    return genes;
  }

  /** The organisms the figures have NCBI Gene ids of, human first, then by taxon id. */
  public List<GeneOrganism> geneOrganisms() {
    return geneOrganisms;
  }

  /** One facet per distinct organism name, sorted by slug. */
  public List<Facet> organisms() {
    return organisms;
  }

  /** One facet per chemical identifier that can name a page, sorted by identifier. */
  public List<Facet> chemicals() {
    return chemicals;
  }

  /** One facet per disease identifier that can name a page, sorted by identifier. */
  public List<Facet> diseases() {
    return diseases;
  }

  /** Figures by paper year descending (no year last), ties by figid. */
  public int[] newestFirst() {
    return newestFirst;
  }

  /**
   * A redirect stub.
   *
   * @param file the stub's output path, e.g. {@code /figures/PMC8023395__F2.html}
   * @param figure the figure it leads to
   */
  public record Stub(String file, int figure) {}

  private final class Figures extends AbstractList<FigureSummary> implements RandomAccess {
    @Override
    public FigureSummary get(int i) {
      return figure(i);
    }

    @Override
    public int size() {
      return slots.length;
    }
  }
}
