package org.figsite.index;

import java.util.List;
import org.figsite.model.Redirect;

/**
 * The summaries of a build's record files, by slot: the record file's place in the build's file
 * list, which is sorted by name, so slot order is source-path order. A record with errors leaves
 * its slot empty. Implementations decode on demand from wherever the summaries are kept (at
 * scale, a mapped file), so that memory holds no object per record; each call may return a new
 * object.
 */
public interface Summaries {
  /** How many slots there are, empty or not. */
  int slots();

  /** Whether the slot holds a summary. */
  boolean has(int slot);

  /** The whole summary of a slot that {@link #has} one. */
  FigureSummary get(int slot);

  /** What listings show of the figure; may read less than {@link #get}. */
  default FigureBrief brief(int slot) {
    return FigureBrief.of(get(slot));
  }

  /** The figure's id; may read less than {@link #get}. */
  default String figid(int slot) {
    return get(slot).figid();
  }

  /** The search tokens of the words printed in the figure; may read less than {@link #get}. */
  default List<String> printedWords(int slot) {
    return get(slot).printedWords();
  }

  /** The record's {@code last_modified_at}, or ""; may read less than {@link #get}. */
  default String lastModified(int slot) {
    return get(slot).lastModified();
  }

  /** The figure's redirects; may read less than {@link #get}. */
  default List<Redirect> redirects(int slot) {
    return get(slot).redirects();
  }

  /** Summaries held as objects, one slot per element; null elements are empty slots. */
  static Summaries of(List<FigureSummary> list) {
    return new Summaries() {
      @Override
      public int slots() {
        return list.size();
      }

      @Override
      public boolean has(int slot) {
        return list.get(slot) != null;
      }

      @Override
      public FigureSummary get(int slot) {
        return list.get(slot);
      }
    };
  }
}
