package org.figsite.index;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.figsite.model.DeviceNames;
import org.figsite.model.FigureReader;
import org.figsite.model.GeneMention;

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

  /** Page {@code page} of a gene's figures; {@code key} is the gene's {@link #geneKey}. */
  public static String genePage(String key, int page) {
    return listingPage("genes", key, page);
  }

  /**
   * A gene's page name below {@code /genes/}: the symbol for a human gene ({@code AKT1}, so that
   * {@code /genes/AKT1.html} stays where the 2021–22 sites had it), and {@code <organism>/<symbol>}
   * for every other organism ({@code mus-musculus/Akt1}), so that symbols of different organisms
   * never share a page. The organism part is the {@link #slug} of its name ({@link
   * #geneOrganismDir}); the symbol is made file-safe by {@link #fileSafe}.
   */
  public static String geneKey(String taxon, String organism, String symbol) {
    String name = fileSafe(symbol);
    return taxon.equals(GeneMention.HUMAN_TAXON) ? name : geneOrganismDir(organism) + "/" + name;
  }

  /**
   * The folder below {@code /genes/} for an organism's genes: its name's slug ({@code
   * mus-musculus}), except {@code index}, which names the A–Z pages' folder.
   */
  public static String geneOrganismDir(String organism) {
    String s = slug(organism);
    return s.equals("index") ? "index-organism" : s;
  }

  /**
   * A gene symbol as a file name that means the same on every file system and needs no escaping
   * in a URL: ASCII letters, digits, {@code .}, {@code _}, {@code @} and {@code -} stay as they are
   * ({@code AKT1}, {@code B-H2}); every other character, and a leading {@code .}, becomes {@code ~}
   * and the hex of its UTF-8 bytes ({@code Su(H)} → {@code Su~28H~29}). A name that would be
   * {@code index} in any case (the A–Z page, {@code /genes/index.html}) or a Windows device name
   * ({@link DeviceNames}: Drosophila's {@code aux} and {@code con}) has the last character before
   * its first {@code .} written the same way ({@code aux} → {@code au~78}, {@code INDEX} → {@code
   * INDE~58}). No symbol contains {@code ~}, so two symbols never get the same name.
   */
  public static String fileSafe(String symbol) {
    String name = escaped(symbol);
    int stem = DeviceNames.stemLength(name);
    if (stem > 0 && (DeviceNames.isDevice(name) || name.substring(0, stem).equalsIgnoreCase("index"))) {
      char last = name.charAt(stem - 1);
      return name.substring(0, stem - 1) + '~' + HEX[(last >> 4) & 0xF] + HEX[last & 0xF] + name.substring(stem);
    }
    return name;
  }

  private static String escaped(String symbol) {
    StringBuilder sb = null;
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '_' || c == '@' || c == '-' || (c == '.' && i > 0);
      if (ok) {
        if (sb != null) sb.append(c);
        continue;
      }
      if (sb == null) sb = new StringBuilder(symbol.length() + 8).append(symbol, 0, i);
      int cp = symbol.codePointAt(i);
      for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
        sb.append('~').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
      if (Character.isSupplementaryCodePoint(cp)) i++;
    }
    return sb == null ? symbol : sb.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * The GMT file of one organism's gene sets: {@code /data/pfocr.gmt} for human (as before figsite
   * read other organisms), {@code /data/pfocr-<organism slug>.gmt} for the others.
   */
  public static String gmtFile(String taxon, String organism) {
    return taxon.equals(GeneMention.HUMAN_TAXON) ? "/data/pfocr.gmt" : "/data/pfocr-" + slug(organism) + ".gmt";
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
   * homo-sapiens}); accents are dropped first. Never empty; a Windows device name ({@code aux})
   * gets {@code -organism} appended.
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
    if (sb.length() == 0) return "unnamed";
    // An organism named like a Windows device ("Aux") would name a file and a folder Windows cannot create.
    return DeviceNames.isDevice(sb.toString()) ? sb + "-organism" : sb.toString();
  }

  /**
   * The page name of a chemical or disease identifier ({@code D010168}, {@code CHEBI:15377} →
   * {@code CHEBI_15377}), upper-cased so that ids differing only by case share a page; empty when
   * the term has no identifier or it cannot be a safe file name ({@code INDEX}, the A–Z page, and
   * a Windows device name, {@code CON}, cannot).
   */
  public static Optional<String> termId(String identifier) {
    String id = identifier.strip().toUpperCase(Locale.ROOT).replace(':', '_');
    if (id.isEmpty() || id.equals("INDEX") || !FigureReader.SAFE_NAME.matcher(id).matches() || DeviceNames.isDevice(id)) {
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private static String asciiFold(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
    return s;
  }
}
