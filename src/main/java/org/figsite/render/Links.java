package org.figsite.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Links to the databases a figure refers to. Inputs are validated by the model stage (figid,
 * pmcid, entrez, symbols, file names); free-text identifiers are percent-encoded here.
 */
public final class Links {
  /** Where PMC's articles, and the figure images in them, are. */
  public static final String PMC_ARTICLES = "https://www.ncbi.nlm.nih.gov/pmc/articles/";

  private Links() {}

  public static String pmcArticle(String pmcid) {
    return pmcid.isEmpty() ? "" : PMC_ARTICLES + pmcid;
  }

  public static String figureImage(String pmcid, String filename) {
    if (pmcid.isEmpty() || filename.isEmpty()) return "";
    return PMC_ARTICLES + pmcid + "/bin/" + filename;
  }

  /** The figure at PMC: figlink is a path on www.ncbi.nlm.nih.gov, with or without a leading slash. */
  public static String figureAtPmc(String figlink) {
    if (figlink.isEmpty()) return "";
    return "https://www.ncbi.nlm.nih.gov/" + (figlink.startsWith("/") ? figlink.substring(1) : figlink);
  }

  public static String ndex(String uuid) {
    return uuid.isEmpty() ? "" : "https://www.ndexbio.org/viewer/networks/" + uuid;
  }

  public static String ncbiGene(String entrez) {
    return entrez.isEmpty() ? "" : "https://www.ncbi.nlm.nih.gov/gene/" + entrez;
  }

  public static String wikipathways(String wpid) {
    return wpid.isEmpty() ? "" : "https://www.wikipathways.org/instance/" + wpid;
  }

  /**
   * The paper at {@code https://doi.org/}, or "" when {@code doi} is not a DOI ({@code 10.} and a
   * registrant code, a slash, a suffix). Characters a URL path cannot hold are percent-encoded; the
   * slashes of the suffix stay.
   */
  public static String doi(String doi) {
    String d = doi.strip();
    if (!d.matches("10\\.[0-9.]+/\\S+")) return "";
    StringBuilder sb = new StringBuilder("https://doi.org/");
    for (byte b : d.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || "-._~/:;()".indexOf(c) >= 0;
      if (plain) sb.append((char) c);
      else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
          .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
    }
    return sb.toString();
  }

  public static String hgnc(String symbol) {
    return symbol.isEmpty() ? "" : "https://www.genenames.org/data/gene-symbol-report/#!/symbol/" + query(symbol);
  }

  /** A chemical's or disease's identifier in its vocabulary, or "" when there is no known link. */
  public static String term(String source, String identifier) {
    if (identifier.isEmpty()) return "";
    String src = source.toUpperCase(Locale.ROOT);
    String id = identifier.trim();
    if (src.equals("MESH") || id.matches("[CD][0-9]{6,9}")) {
      return "https://meshb.nlm.nih.gov/record/ui?ui=" + query(id);
    }
    if (src.equals("CHEBI") || id.toUpperCase(Locale.ROOT).startsWith("CHEBI:")) {
      String n = id.toUpperCase(Locale.ROOT).startsWith("CHEBI:") ? id : "CHEBI:" + id;
      return "https://www.ebi.ac.uk/chebi/searchId.do?chebiId=" + query(n);
    }
    if (src.equals("DOID") || id.toUpperCase(Locale.ROOT).startsWith("DOID:")) {
      String n = id.toUpperCase(Locale.ROOT).startsWith("DOID:") ? id : "DOID:" + id;
      return "https://disease-ontology.org/?id=" + query(n);
    }
    return "";
  }

  private static String query(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
