package org.figsite.model;

/**
 * A chemical or disease found in a figure.
 *
 * @param word the text in the figure
 * @param source the vocabulary (MESH, CHEBI, DOID, …), or empty
 * @param identifier the identifier in that vocabulary, or empty
 */
public record Term(String word, String source, String identifier) {}
