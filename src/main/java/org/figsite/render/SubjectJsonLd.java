package org.figsite.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figsite.model.Figure;
import org.figsite.model.GeneMention;
import org.figsite.model.Term;

/**
 * What a figure is about, as schema.org entries for its JSON-LD: each gene as a Bioschemas {@code
 * Gene} (Gene profile 1.0-RELEASE: name = symbol, identifier and url = its NCBI Gene page,
 * taxonomicRange = the organism's NCBI Taxonomy IRI), and each chemical and disease with an
 * identifier as a {@code DefinedTerm} (name, termCode, url). Entries are kept to the properties
 * those profiles ask for: at 110,000 figures every byte per gene is about 3 MB of site.
 */
final class SubjectJsonLd {
  private SubjectJsonLd() {}

  /** One Gene per distinct (organism, NCBI Gene id) with a symbol, in gene-table order. */
  static List<Map<String, Object>> genes(Figure f) {
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (GeneMention g : f.genes()) {
      if (g.symbol().isEmpty() || g.ncbiId().isEmpty() || !seen.add(g.taxon() + ':' + g.ncbiId())) continue;
      String url = Links.ncbiGene(g.ncbiId());
      Map<String, Object> gene = new LinkedHashMap<>();
      gene.put("@type", "Gene");
      gene.put("name", g.symbol());
      gene.put("identifier", url);
      gene.put("url", url);
      gene.put("taxonomicRange", taxon(g.taxon()));
      out.add(gene);
    }
    return out;
  }

  /** The organism as the OBO NCBITaxon IRI, which Bioschemas' own Gene examples use. */
  static String taxon(String taxon) {
    return "http://purl.obolibrary.org/obo/NCBITaxon_" + taxon;
  }

  /** One DefinedTerm per chemical and disease that has an identifier. */
  static List<Map<String, Object>> terms(Figure f) {
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<Term> terms : List.of(f.chemicals(), f.diseases())) {
      for (Term t : terms) {
        if (t.identifier().isEmpty() || !seen.add(t.identifier())) continue;
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("@type", "DefinedTerm");
        term.put("name", t.label());
        term.put("termCode", t.identifier());
        String url = Links.term(t.source(), t.identifier());
        if (!url.isEmpty()) term.put("url", url);
        out.add(term);
      }
    }
    return out;
  }
}
