package org.figsite.render;

import java.util.List;

/**
 * The {@code az} variable of {@code az.ftlh}: one page of an A–Z index (of genes, organisms,
 * chemicals or diseases), or its overview when {@code current} is "". The template words the
 * headings and the letters' labels.
 *
 * @param noun what is listed, plural and lower case ({@code genes})
 * @param current the letter shown ({@code a}…{@code z}, {@code 0-9}, {@code other}), or "" on the
 *     overview
 * @param letters every letter that has entries, in order
 * @param entries the entries of this page, sorted by label
 * @param total entries in the whole index
 */
public record LetterIndexView(String noun, String current, List<Letter> letters, List<Entry> entries, int total) {

  /** A section of the index: {@code key} is its letter ({@code a}, {@code 0-9}, {@code other}). */
  public record Letter(String key, String url, int count) {}

  /** One gene, organism, chemical or disease, with the number of figures that mention it. */
  public record Entry(String label, String url, int count) {}
}
