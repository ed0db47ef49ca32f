package org.figsite.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figsite.model.Figure;
import org.figsite.model.GeneMention;

/** Reduces a figure to its {@link FigureSummary}: in time linear in its gene rows. */
public final class FigureSummarizer {
  private FigureSummarizer() {}

  public static FigureSummary summarize(Figure f) {
    Map<String, Builder> byTaxon = new LinkedHashMap<>();
    for (GeneMention g : f.genes()) {
      byTaxon.computeIfAbsent(g.taxon(), t -> new Builder(t, g.organism())).add(g);
    }
    List<OrganismGenes> genes = new ArrayList<>(byTaxon.size());
    for (Builder b : byTaxon.values()) genes.add(b.build());
    return new FigureSummary(
        f.sourcePath(), f.figidPos(), f.figid(), f.title(), f.year(), f.pmcid(), f.filename(),
        f.organisms(), List.copyOf(genes), printedWords(f.genes()), f.chemicals(), f.diseases(), f.redirects(),
        f.lastModified());
  }

  /**
   * The tokens of a figure's OCR words ({@link FigureSummary#printedWords}) that none of its gene
   * symbols already stands for: most words are their gene's symbol, so a summary keeps only the
   * few that are not ({@code AKT} matched to AKT1, {@code ERK1/2}, {@code PI3K}).
   */
  static List<String> printedWords(List<GeneMention> genes) {
    Set<String> symbols = new HashSet<>();
    for (GeneMention g : genes) if (!g.symbol().isEmpty()) symbols.add(SearchTokens.normalize(g.symbol()));
    Set<String> out = new LinkedHashSet<>();
    for (GeneMention g : genes) {
      for (String t : SearchTokens.printedWordTokens(g.word())) if (!symbols.contains(t)) out.add(t);
    }
    return List.copyOf(out);
  }

  /** One organism's genes, gathered row by row. */
  private static final class Builder {
    final String taxon;
    final String organism;
    final Map<String, Set<String>> symbolIds = new LinkedHashMap<>();
    final Set<String> ids = new LinkedHashSet<>();

    Builder(String taxon, String organism) {
      this.taxon = taxon;
      this.organism = organism;
    }

    void add(GeneMention g) {
      if (!g.symbol().isEmpty()) {
        Set<String> s = symbolIds.computeIfAbsent(g.symbol(), k -> new LinkedHashSet<>(2));
        if (!g.ncbiId().isEmpty()) s.add(g.ncbiId());
      }
      if (!g.ncbiId().isEmpty()) ids.add(g.ncbiId());
    }

    OrganismGenes build() {
      List<String> symbols = new ArrayList<>(symbolIds.size());
      List<String> idsOfSymbols = new ArrayList<>(symbolIds.size());
      symbolIds.forEach((symbol, s) -> {
        symbols.add(symbol);
        idsOfSymbols.add(String.join(" ", s));
      });
      return new OrganismGenes(taxon, organism, List.copyOf(symbols), List.copyOf(idsOfSymbols), List.copyOf(ids));
    }
  }
}
