package org.figsite.render;

import java.util.ArrayList;
import java.util.List;
import org.figsite.index.IndexedGene;

/**
 * The {@code gene} variable of {@code gene.ftlh}.
 *
 * @param human whether the gene is human (only human genes link to HGNC)
 * @param heading the symbol, with the organism for any gene but a human one: {@code Akt1 (Mus musculus)}
 * @param entrez the first of {@code ids}, or ""
 * @param ncbiUrl the first id's NCBI Gene page, or ""
 * @param ids every NCBI Gene id seen with this symbol (one symbol may name two genes)
 * @param hgncUrl the gene at HGNC (human genes only), or ""
 * @param figureCount how many figures mention the gene, over all pages
 */
public record GeneInfo(String symbol, String organism, String taxon, boolean human, String heading, String entrez,
    String ncbiUrl, List<GeneId> ids, String hgncUrl, int figureCount) {

  /** An NCBI Gene id and its page. */
  public record GeneId(String id, String url) {}

  public static GeneInfo of(IndexedGene g) {
    List<GeneId> ids = new ArrayList<>(g.ncbiIds().length);
    for (String id : g.ncbiIds()) ids.add(new GeneId(id, Links.ncbiGene(id)));
    String first = ids.isEmpty() ? "" : ids.get(0).id();
    return new GeneInfo(g.symbol(), g.organism(), g.taxon(), g.isHuman(),
        GenePages.label(g), first, Links.ncbiGene(first),
        List.copyOf(ids), g.isHuman() ? Links.hgnc(g.symbol()) : "", g.figures().length);
  }
}
