package org.figsite.index;

import java.util.List;

/**
 * What a listing, a stub or the search metadata shows of a figure: the first fields of its
 * {@link FigureSummary}, which can be read without decoding the rest (gene pages list millions of
 * figures at scale).
 */
public record FigureBrief(String figid, String title, String year, String pmcid, String filename,
    List<String> organisms) {

  public static FigureBrief of(FigureSummary f) {
    return new FigureBrief(f.figid(), f.title(), f.year(), f.pmcid(), f.filename(), f.organisms());
  }
}
