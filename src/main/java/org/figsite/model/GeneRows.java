package org.figsite.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one order and the one notion of "the same row" for a figure's gene table, whatever its layout. */
public final class GeneRows {
  private GeneRows() {}

  /**
   * The rows with exact repeats of (organism, NCBI Gene id, symbol, word) dropped, grouped by
   * organism: human first, then the other organisms in the order the data first names them; rows
   * keep their order within each organism.
   */
  public static List<GeneMention> tidy(List<GeneMention> rows) {
    Map<String, List<GeneMention>> byTaxon = new LinkedHashMap<>();
    byTaxon.put(GeneMention.HUMAN_TAXON, new ArrayList<>());
    Set<String> seen = new HashSet<>();
    for (GeneMention g : rows) {
      String key = g.taxon() + '\u0000' + g.ncbiId() + '\u0000' + g.symbol() + '\u0000' + g.word();
      if (seen.add(key)) byTaxon.computeIfAbsent(g.taxon(), k -> new ArrayList<>()).add(g);
    }
    List<GeneMention> out = new ArrayList<>(seen.size());
    for (List<GeneMention> group : byTaxon.values()) out.addAll(group);
    return List.copyOf(out);
  }
}
