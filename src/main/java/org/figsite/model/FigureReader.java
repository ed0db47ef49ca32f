package org.figsite.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.figsite.diag.Printable;
import org.figsite.diag.SourcePos;
import org.figsite.load.FrontMatter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Builds a {@link Figure} from a record's front matter, checking every value that ends up in a
 * file name or a URL. Each bad value is a problem at its own line, and every value is checked
 * whatever was wrong before it, so that one build reports all of a record's problems; the figure
 * is usable only when there were no errors ({@link Reading#valid}).
 */
public final class FigureReader {
  /** Safe as a file name on every platform, and as a URL path segment without escaping. */
  public static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,199}");

  static final Pattern PMCID = Pattern.compile("PMC[0-9]{1,12}");
  static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
  static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  static final Pattern NDEX = Pattern.compile("[0-9A-Fa-f-]{1,64}");
  static final Pattern WPID = Pattern.compile("WP[0-9]{1,9}");
  /** A path below https://www.ncbi.nlm.nih.gov/: no scheme, no '..', only URL-safe characters. */
  static final Pattern FIGLINK =
      Pattern.compile("/?(?!\\.\\.?(/|$))[A-Za-z0-9._~%-]+(/(?!\\.\\.?(/|$))[A-Za-z0-9._~%-]+)*/?");
  /** HGNC symbols: letters, digits, '-', '_', '.', '@'. */
  public static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  private final NodeContext ctx;
  private final FieldReader r;
  /** The front matter's top-level keys and their nodes, in order; of a repeated key, the first. */
  private final Map<String, Node> fields = new LinkedHashMap<>();
  /** The same keys with their values, as templates see them ({@code page.params}). */
  private final Map<String, Object> params = new LinkedHashMap<>();

  private FigureReader(MappingNode root, NodeContext ctx) {
    this.ctx = ctx;
    this.r = new FieldReader(ctx);
    NodeValues values = new NodeValues(ctx);
    for (NodeTuple t : root.getValue()) {
      String key = values.keyText(t.getKeyNode());
      if (key == null) continue;
      if (fields.containsKey(key)) {
        ctx.error(t.getKeyNode(), "duplicate key '" + key + "'", "remove one of the two '" + key + "' lines");
        continue;
      }
      fields.put(key, t.getValueNode());
      params.put(key, values.value(t.getValueNode()));
    }
  }

  /**
   * What was read from a record's front matter.
   *
   * @param figure the figure, its bad values left empty: only for further checks (its data files)
   *     when not {@code valid}
   * @param valid whether the front matter had no errors
   */
  public record Reading(Figure figure, boolean valid) {
    /** The figure, when the front matter had no errors. */
    public Optional<Figure> ifValid() {
      return valid ? Optional.of(figure) : Optional.empty();
    }
  }

  /** Reads the figure of a record's front matter, reporting each bad value into {@code ctx}. */
  public static Reading read(FrontMatter fm, MappingNode root, NodeContext ctx) {
    return new FigureReader(root, ctx).read(fm);
  }

  /**
   * The figid a record gives, read as {@link #read} reads it, and the position of its key: for
   * pointing back at a record without checking the rest of it. Empty when the front matter has no
   * figid, or one that is not text or is empty.
   */
  public static Optional<FigidKey> findFigid(MappingNode root, NodeContext ctx) {
    NodeValues values = new NodeValues(ctx);
    for (NodeTuple t : root.getValue()) {
      if (!"figid".equals(values.keyText(t.getKeyNode()))) continue;
      String figid = new FieldReader(ctx).text(t.getValueNode(), "figid");
      return figid.isEmpty() ? Optional.empty() : Optional.of(new FigidKey(figid, ctx.pos(t.getKeyNode())));
    }
    return Optional.empty();
  }

  /** A record's figid, and where its {@code figid:} key is written. */
  public record FigidKey(String figid, SourcePos pos) {}

  // The fields are read in the order they always were: the problems of one node are then
  // reported in the same order, and the first one found wins (NodeContext).
  private Reading read(FrontMatter fm) {
    Node figidNode = fields.get("figid");
    String figid = figid(figidNode);
    SourcePos figidPos = figidNode == null ? new SourcePos(ctx.file(), 1, 1) : ctx.pos(figidNode);
    String pmcid = checked("pmcid", PMCID, "write it as PMC followed by digits, e.g. PMC8023395");
    String filename = filename();
    String figlink =
        checked("figlink", FIGLINK, "a path on www.ncbi.nlm.nih.gov such as /pmc/articles/PMC8023395/figure/F2/");
    String year = checked("year", YEAR, "a four-digit year, or ''");
    String ndex = checked("ndex", NDEX, "an NDEx network UUID, or ''");
    String wpid = checked("wpid", WPID, "a WikiPathways id such as WP4806, or ''");
    String lastModified = LastModified.read(r, fields.get(LastModified.KEY), ctx);
    List<GeneMention> genes = genes(r, fields.get("genes"), ctx);
    List<Term> chemicals = terms(r, fields.get("chemicals"), "chemicals");
    List<Term> diseases = terms(r, fields.get("diseases"), "diseases");
    Map<String, SourcePos> lists = listPositions(genes, chemicals, diseases);
    String alias = text("figid_alias");
    List<Redirect> redirects = redirects(alias);
    Map<String, Object> jsonLd = jsonLd();
    return new Reading(new Figure(
        ctx.file(),
        figidPos,
        figid,
        text("figtitle"),
        text("caption"),
        text("number"),
        text("figtype"),
        figlink,
        pmcid,
        filename,
        text("papertitle"),
        text("reftext"),
        year,
        text("doi"),
        text("journal_title"),
        ndex,
        wpid,
        List.copyOf(r.texts(fields.get("organisms"), "organisms")),
        List.copyOf(r.texts(fields.get("organisms_ner"), "organisms_ner")),
        keywords(r, fields.get("keywords")),
        genes,
        chemicals,
        diseases,
        lists,
        alias,
        List.copyOf(redirects),
        jsonLd,
        Collections.unmodifiableMap(params),
        fm.body(),
        lastModified), !ctx.hasErrors());
  }

  private String text(String field) {
    return r.text(fields.get(field), field);
  }

  /** The figid, or "" when it is missing or unusable (with an error saying why). */
  private String figid(Node figidNode) {
    String figid = r.text(figidNode, "figid");
    if (figidNode == null) {
      ctx.errorAtFile("missing figid", "add a line 'figid: PMC1234__name' to the front matter");
    } else if (figid.isEmpty()) {
      if (figidNode.getNodeId() == NodeId.scalar) {
        ctx.error(figidNode, "figid is empty", "give the figure an id such as PMC1234__name");
      }
    } else if (!checkFileName(ctx, figidNode, "figid", figid)) {
      figid = "";
    } else if (figid.equalsIgnoreCase("index")) {
      ctx.error(figidNode, "figid " + Printable.quote(figid) + " would replace the figure index /figures/index.html",
          "rename the figure");
      figid = "";
    }
    return figid;
  }

  /** The image's file name, or "" when it is not a safe one. */
  private String filename() {
    Node filenameNode = fields.get("filename");
    String filename = r.text(filenameNode, "filename");
    if (!filename.isEmpty() && !checkSafeName(ctx, filenameNode, "filename", filename)) filename = "";
    return filename;
  }

  /** Where the front matter lists genes, chemicals and diseases, if it does: a data file may not list them again. */
  private Map<String, SourcePos> listPositions(List<GeneMention> genes, List<Term> chemicals, List<Term> diseases) {
    Map<String, SourcePos> lists = new LinkedHashMap<>();
    if (!genes.isEmpty()) lists.put("genes", ctx.pos(fields.get("genes")));
    if (!chemicals.isEmpty()) lists.put("chemicals", ctx.pos(fields.get("chemicals")));
    if (!diseases.isEmpty()) lists.put("diseases", ctx.pos(fields.get("diseases")));
    return Collections.unmodifiableMap(lists);
  }

  /** The {@code redirect_from} paths; without any, the one {@code figid_alias} implies. */
  private List<Redirect> redirects(String alias) {
    List<Redirect> redirects = new ArrayList<>();
    boolean redirectsGiven = false;
    for (Node item : r.items(fields.get("redirect_from"), "redirect_from")) {
      String path = r.text(item, "redirect_from item");
      if (path.isEmpty()) continue;
      redirectsGiven = true;
      if (checkRedirect(ctx, item, path)) redirects.add(new Redirect(path, ctx.pos(item)));
    }
    Node aliasNode = fields.get("figid_alias");
    if (!redirectsGiven && !alias.isEmpty() && checkFileName(ctx, aliasNode, "figid_alias", alias)
        && checkRedirect(ctx, aliasNode, "/figures/" + alias)) {
      redirects.add(new Redirect("/figures/" + alias, ctx.pos(aliasNode)));
    }
    return redirects;
  }

  /** The {@code schema-jsonld} mapping, or null when there is none (or, with an error, it is not a mapping). */
  private Map<String, Object> jsonLd() {
    Node ldNode = fields.get("schema-jsonld");
    if (ldNode == null) return null;
    Object v = params.get("schema-jsonld");
    if (v instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> mm = (Map<String, Object>) m;
      return mm;
    }
    if (v != null && !"".equals(v)) {
      ctx.error(ldNode, "schema-jsonld must be a mapping, not a " + NodeValues.kind(ldNode),
          "give the schema.org object as indented 'key: value' lines, or leave it out");
    }
    return null;
  }

  /**
   * {@link #checkSafeName}, and no Windows device name ({@link DeviceNames}): for the values that
   * name the site's own files (figid, figid_alias).
   */
  static boolean checkFileName(NodeContext ctx, Node node, String field, String v) {
    if (!checkSafeName(ctx, node, field, v)) return false;
    if (!DeviceNames.isDevice(v)) return true;
    ctx.error(node, field + " " + Printable.quote(v) + " is a Windows device name (" + DeviceNames.LIST + ")",
        "rename it: Windows cannot create a file of that name, with any extension, so a checkout of the site would break");
    return false;
  }

  /**
   * Whether a {@code redirect_from} path can have a stub: a plain site-relative path ({@link
   * RedirectPaths#whyInvalid}) whose stub is not a file figsite writes itself ({@link
   * RedirectPaths#isReserved}, in any letter case). Collisions with other records' paths and with
   * the site pages are the index's to find.
   */
  private static boolean checkRedirect(NodeContext ctx, Node item, String path) {
    Optional<String> why = RedirectPaths.whyInvalid(path);
    if (why.isPresent()) {
      ctx.error(item, "redirect " + Printable.quote(path) + " is not a plain site-relative path: it " + why.get(),
          "write a path on this site such as /figures/PMC1234__F2");
      return false;
    }
    String file = RedirectPaths.stubFile(path);
    if (RedirectPaths.isReserved(file)) {
      ctx.error(item, "redirect " + Printable.quote(path) + " would replace " + file + ", which figsite writes itself"
              + (RedirectPaths.isReservedExactly(file) ? "" : " (in another letter case: the same file on macOS and Windows)"),
          "choose a path outside /genes/, /assets/, /search/ and the site's own files");
      return false;
    }
    return true;
  }

  /**
   * Checks a value used as a file name (figid, figid_alias, filename) against {@link #SAFE_NAME},
   * saying which character is wrong. Names are ASCII-only on purpose: Unicode look-alikes (NFC
   * "é" and NFD "e" + U+0301, Cyrillic "А") would give distinct files that look the same.
   */
  static boolean checkSafeName(NodeContext ctx, Node node, String field, String v) {
    if (SAFE_NAME.matcher(v).matches()) return true;
    String why;
    String hint = "use only ASCII letters, digits, '.', '_', '+' and '-', starting with a letter or digit";
    int bad = firstUnsafe(v);
    if (v.length() > 200) {
      why = "it is longer than 200 characters";
    } else if (bad < 0) {
      why = "it must start with a letter or digit";
    } else {
      int cp = v.codePointAt(bad);
      if (cp > 0x7f) {
        why = String.format("it has the non-ASCII character U+%04X", cp);
        hint = "names are ASCII-only, so that look-alikes (an accent composed or decomposed, a Cyrillic letter) "
            + "cannot name two different pages: " + hint;
      } else if (cp < 0x20 || cp == 0x7f) {
        why = String.format("it has the control character U+%04X", cp);
      } else {
        why = "it has the character '" + (char) cp + "'";
      }
    }
    ctx.error(node, field + " " + Printable.quote(v) + " is not a safe file name: " + why, hint);
    return false;
  }

  /** The index of the first character SAFE_NAME never allows anywhere, or -1. */
  private static int firstUnsafe(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '+' || c == '-';
      if (!ok) return i;
    }
    return -1;
  }

  /** The field's text, or "" (with an error) when it does not match {@code p}. */
  private String checked(String field, Pattern p, String hint) {
    Node n = fields.get(field);
    String v = r.text(n, field);
    if (!v.isEmpty() && !p.matcher(v).matches()) {
      ctx.error(n, field + " " + Printable.quote(v) + " is not valid", hint);
      return "";
    }
    return v;
  }

  /**
   * The 2021–22 layout's gene rows: human genes, {@code hgnc_symbol} as the symbol and the matched
   * {@code symbol} as the match; exact repeats dropped.
   */
  private static List<GeneMention> genes(FieldReader r, Node node, NodeContext ctx) {
    List<GeneMention> rows = new ArrayList<>();
    for (Node item : r.mappingItems(node, "genes")) {
      Map<String, Node> f = fieldsOf((MappingNode) item);
      String word = r.rawText(f.get("word"), "word");
      String symbol = r.text(f.get("symbol"), "symbol");
      String source = r.text(f.get("source"), "source");
      String hgnc = r.text(f.get("hgnc_symbol"), "hgnc_symbol");
      String entrez = r.text(f.get("entrez"), "entrez");
      boolean ok = true;
      if (!hgnc.isEmpty() && !SYMBOL.matcher(hgnc).matches()) {
        ctx.error(f.get("hgnc_symbol"), "hgnc_symbol " + Printable.quote(hgnc) + " is not a gene symbol",
            "HGNC symbols use letters, digits, '-', '_', '.' and '@'");
        ok = false;
      }
      if (!entrez.isEmpty() && !DIGITS.matcher(entrez).matches()) {
        ctx.error(f.get("entrez"), "entrez must be digits, got " + Printable.quote(entrez),
            "an NCBI Gene id such as '2064'");
        ok = false;
      }
      if (ok) rows.add(new GeneMention(GeneMention.HUMAN_TAXON, GeneMention.HUMAN_NAME, entrez, hgnc, word, symbol, source));
    }
    return GeneRows.tidy(rows);
  }

  /** The 2021–22 layout's chemicals or diseases: {@code word}, {@code source}, {@code identifier}. */
  private static List<Term> terms(FieldReader r, Node node, String field) {
    List<Term> out = new ArrayList<>();
    for (Node item : r.mappingItems(node, field)) {
      Map<String, Node> f = fieldsOf((MappingNode) item);
      String word = r.rawText(f.get("word"), "word");
      String source = r.text(f.get("source"), "source");
      String id = r.text(f.get("identifier"), "identifier");
      out.add(TermIds.term(word, "", source, id, ""));
    }
    return TermIds.distinct(out);
  }

  /** {@code keywords}: one text with {@code |} between keywords (or a list); blanks and markers dropped. */
  private static List<String> keywords(FieldReader r, Node node) {
    List<String> out = new ArrayList<>();
    for (String text : r.texts(node, "keywords")) {
      for (String k : text.split("\\|")) {
        String kw = k.strip();
        if (!kw.isEmpty() && !FieldReader.isMissing(kw) && !out.contains(kw)) out.add(kw);
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, Node> fieldsOf(MappingNode m) {
    Map<String, Node> f = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode().getNodeId() == NodeId.scalar) {
        f.putIfAbsent(((ScalarNode) t.getKeyNode()).getValue(), t.getValueNode());
      }
    }
    return f;
  }
}
