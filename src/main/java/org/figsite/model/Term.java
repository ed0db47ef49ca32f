package org.figsite.model;

/**
 * A chemical or disease found in a figure.
 *
 * @param word the text in the figure, exactly as read
 * @param name the vocabulary's name for the term, or "" (the 2021–22 layout has none)
 * @param source the vocabulary of {@code identifier} ({@code MESH}, {@code CHEBI}, {@code DOID}),
 *     or "" when unknown
 * @param identifier the identifier the term's page is named after: the MeSH id ({@code D001920})
 *     when there is one, else the ChEBI or DOID id ({@code CHEBI:3165}); "" when there is none
 * @param xref a second identifier in another vocabulary ({@code CHEBI:3165}, {@code DOID:0060239}),
 *     or ""
 */
public record Term(String word, String name, String source, String identifier, String xref) {

  /** The name to show: the vocabulary's name, else the word. */
  public String label() {
    return name.isBlank() ? word : name;
  }
}
