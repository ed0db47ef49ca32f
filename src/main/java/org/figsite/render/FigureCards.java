package org.figsite.render;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.figsite.index.SiteIndex;

/**
 * The cards of a run of figures, {@code figures[from, to)}, each made (its summary read) only when
 * a template reads it: a gene page of a million-figure site lists a hundred thousand figures, too
 * many to hold as cards.
 */
public final class FigureCards extends AbstractList<FigureCard> implements RandomAccess {
  private final SiteIndex index;
  private final int[] figures;
  private final int from;
  private final int to;
  private final SiteUrls urls;

  public FigureCards(SiteIndex index, int[] figures, int from, int to, SiteUrls urls) {
    Objects.checkFromToIndex(from, to, figures.length);
    this.index = index;
    this.figures = figures;
    this.from = from;
    this.to = to;
    this.urls = urls;
  }

  @Override
  public FigureCard get(int i) {
    return FigureCard.of(index.brief(figures[from + Objects.checkIndex(i, to - from)]), urls);
  }

  /** The position in the whole list of this run's first figure (0-based). */
  public int from() {
    return from;
  }

  @Override
  public int size() {
    return to - from;
  }
}
