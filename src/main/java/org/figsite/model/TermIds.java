package org.figsite.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads chemical and disease identifiers as the data writes them, with or without a prefix
 * ({@code mesh:D001920}, {@code D001920}, {@code chebi:3165}, {@code CHEBI:3165}, {@code
 * doid:0060239}), into one form: a MeSH id bare, a ChEBI or DOID id as {@code CHEBI:3165} or
 * {@code DOID:0060239}. PFOCR's own site put the {@code mesh:} prefix into its MeSH URLs, which
 * then led nowhere; figsite links the bare id.
 */
public final class TermIds {
  private TermIds() {}

  /** A term from its parts as read; identifiers are normalised, markers become "". */
  public static Term term(String word, String name, String source, String identifier, String xref) {
    return term(word, name, source, identifier, "", xref);
  }

  /**
   * A term whose second identifier comes from a known vocabulary ({@code CHEBI}, {@code DOID}:
   * the column it was read from), so that an id written without its prefix still links.
   */
  public static Term term(String word, String name, String source, String identifier, String xrefSource, String xref) {
    String[] id = normalize(source, identifier);
    String[] other = normalize(xrefSource, xref);
    return new Term(word, FieldReader.isMissing(name) ? "" : name, id[0], id[1], other[1]);
  }

  /**
   * {vocabulary, identifier} of a raw identifier: {@code ("", "mesh:D001920")} gives {@code
   * {"MESH", "D001920"}}, {@code ("", "chebi:3165")} gives {@code {"CHEBI", "CHEBI:3165"}}. A bare
   * id keeps the given vocabulary (upper-cased), or is MeSH when it looks like a MeSH id.
   */
  static String[] normalize(String source, String raw) {
    String id = raw.strip();
    String src = source.strip().toUpperCase(Locale.ROOT);
    if (id.isEmpty() || FieldReader.isMissing(id)) return new String[] {FieldReader.isMissing(src) ? "" : src, ""};
    int colon = id.indexOf(':');
    if (colon > 0) {
      String prefix = id.substring(0, colon).toUpperCase(Locale.ROOT);
      String local = id.substring(colon + 1).strip();
      switch (prefix) {
        case "MESH":
          return new String[] {"MESH", local};
        case "CHEBI":
        case "DOID":
          return new String[] {prefix, prefix + ":" + local};
        default:
          return new String[] {src.isEmpty() ? prefix : src, id};
      }
    }
    if (src.equals("CHEBI") || src.equals("DOID")) return new String[] {src, src + ":" + id};
    if (src.isEmpty() && id.matches("[CD][0-9]{6,9}")) return new String[] {"MESH", id};
    return new String[] {src, id};
  }

  /** The terms with repeats of (word, identifier, xref) dropped, in order. */
  public static List<Term> distinct(List<Term> terms) {
    Set<String> seen = new HashSet<>();
    List<Term> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      if (seen.add(t.word() + '\u0000' + t.identifier() + '\u0000' + t.xref())) out.add(t);
    }
    return List.copyOf(out);
  }
}
