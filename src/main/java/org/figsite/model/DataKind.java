package org.figsite.model;

import java.util.List;

/**
 * The three kinds of per-figure data file, {@code <figid>-genes.tsv}, {@code
 * <figid>-chemicals.tsv} and {@code <figid>-diseases.tsv}, and the columns figsite reads from each
 * (a file may have more; the order is free).
 */
public enum DataKind {
  GENES("genes", List.of("organism_id", "organism_name", "word", "ncbigene_symbol", "ncbigene_id")),
  CHEMICALS("chemicals", List.of("word", "mesh")),
  DISEASES("diseases", List.of("word", "mesh"));

  private final String key;
  private final List<String> required;

  DataKind(String key, List<String> required) {
    this.key = key;
    this.required = required;
  }

  /** The front-matter key that holds the same rows in the 2021–22 layout, and the file name's ending's stem. */
  public String key() {
    return key;
  }

  /** The columns the header must name. */
  public List<String> required() {
    return required;
  }

  /** The data file of this kind for a figure: {@code PMC1__F1-genes.tsv}. */
  public String fileName(String figid) {
    return figid + "-" + key + ".tsv";
  }

  /** The figid a data file of some kind belongs to ({@code PMC1__F1-genes.tsv} → {@code PMC1__F1}), if it is one. */
  public static java.util.Optional<String> figidOf(String fileName) {
    for (DataKind k : values()) {
      String end = "-" + k.key + ".tsv";
      if (fileName.endsWith(end) && fileName.length() > end.length()) {
        return java.util.Optional.of(fileName.substring(0, fileName.length() - end.length()));
      }
    }
    return java.util.Optional.empty();
  }
}
