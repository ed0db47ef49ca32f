package org.figsite.index;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.figsite.model.FigureReader;

/**
 * Where each kind of page lives in the output, as site-relative paths starting with '/'. The one
 * place URL layout is decided; templates receive the results.
 */
public final class SitePaths {
  private SitePaths() {}

  public static String figurePage(String figid) {
    return "/figures/" + figid + ".html";
  }

  /** Every file written for one figure by itself (its page and downloads), not by the site-wide stage. */
  public static List<String> figureFiles(String figid) {
    return List.of(figurePage(figid), figureJson(figid), figureGenesTsv(figid));
  }

  public static String figureJson(String figid) {
    return "/figures/" + figid + ".json";
  }

  public static String figureGenesTsv(String figid) {
    return "/figures/" + figid + ".genes.tsv";
  }

  /** Page {@code page} (1-based) of a listing rooted at {@code dir}/{@code name}. */
  public static String listingPage(String dir, String name, int page) {
    return page <= 1 ? "/" + dir + "/" + name + ".html" : "/" + dir + "/" + name + "/" + page + ".html";
  }

  public static String genePage(String symbol, int page) {
    return listingPage("genes", symbol, page);
  }

  public static String organismPage(String slug, int page) {
    return listingPage("organisms", slug, page);
  }

  public static String chemicalPage(String id, int page) {
    return listingPage("chemicals", id, page);
  }

  public static String diseasePage(String id, int page) {
    return listingPage("diseases", id, page);
  }

  /** The figure index, newest first: {@code /figures/index.html}, then {@code /figures/page/2.html}… */
  public static String figureIndexPage(int page) {
    return page <= 1 ? "/figures/index.html" : "/figures/page/" + page + ".html";
  }

  /** The A–Z overview of a folder of pages ({@code genes}, {@code organisms}, …). */
  public static String letterIndex(String dir) {
    return "/" + dir + "/index.html";
  }

  /** Page {@code page} of the entries under one letter ({@code a}…{@code z}, {@code 0-9}, {@code other}). */
  public static String letterPage(String dir, String letter, int page) {
    return page <= 1 ? "/" + dir + "/index/" + letter + ".html" : "/" + dir + "/index/" + letter + "/" + page + ".html";
  }

  public static final String SEARCH_PAGE = "/search.html";

  /** The section of the A–Z index a name belongs to: {@code a}…{@code z}, {@code 0-9} or {@code other}. */
  public static String letterOf(String name) {
    String s = asciiFold(name.strip());
    if (s.isEmpty()) return "other";
    char c = Character.toLowerCase(s.charAt(0));
    if (c >= 'a' && c <= 'z') return String.valueOf(c);
    if (c >= '0' && c <= '9') return "0-9";
    return "other";
  }

  /**
   * The file name of an organism's page before collisions are resolved: lower-case ASCII letters
   * and digits, every other run of characters one '-' ({@code Homo sapiens} → {@code
   * homo-sapiens}); accents are dropped first. Never empty.
   */
  public static String slug(String name) {
    String s = asciiFold(name).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
    if (sb.length() > 120) sb.setLength(120);
    return sb.length() == 0 ? "unnamed" : sb.toString();
  }

  /**
   * The page name of a chemical or disease identifier ({@code D010168}, {@code CHEBI:15377} →
   * {@code CHEBI_15377}), upper-cased so that ids differing only by case share a page; empty when
   * the term has no identifier or it cannot be a safe file name.
   */
  public static Optional<String> termId(String identifier) {
    String id = identifier.strip().toUpperCase(Locale.ROOT).replace(':', '_');
    if (id.isEmpty() || id.equals("INDEX") || !FigureReader.SAFE_NAME.matcher(id).matches()) return Optional.empty();
    return Optional.of(id);
  }

  private static String asciiFold(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
    return s;
  }
}
