package org.figsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.figsite.config.SiteConfig;
import org.figsite.index.SitePaths;
import org.figsite.model.FieldReader;
import org.figsite.model.Figure;
import org.figsite.model.GeneMention;
import org.figsite.model.Term;
import org.figsite.schema.SchemaOrgVocabulary;

/**
 * The schema.org {@code Dataset} of a figure page, following Google's Dataset guidelines and the
 * Bioschemas Dataset profile 1.0-RELEASE. It starts from the record's {@code schema-jsonld} (or
 * from nothing), keeps every key that is right and mends the rest: a generic {@code name} becomes
 * the figure's title, {@code url} and {@code @id} become the page's canonical URL under the base
 * URL being built (a different record {@code @id} is kept as {@code sameAs}), {@code license}
 * becomes a URL, and {@code identifier}, {@code isAccessibleForFree}, {@code image}, {@code
 * citation}, {@code includedInDataCatalog} and the Bioschemas {@code conformsTo} are added. With
 * {@code jsonld: record} the record's object is returned exactly as it is. Thread-safe.
 */
public final class DatasetJsonLd {
  public static final String CONTEXT = "https://schema.org/";
  /** The CC0 1.0 deed, for records whose license is the bare word {@code CC0}. */
  public static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
  /** Dublin Core's conformsTo as Bioschemas asks for it: the full IRI, not a CURIE. */
  public static final String CONFORMS_TO = "http://purl.org/dc/terms/conformsTo";
  public static final String DATASET_PROFILE = "https://bioschemas.org/profiles/Dataset/1.0-RELEASE";
  public static final int MIN_DESCRIPTION = 50;
  public static final int MAX_DESCRIPTION = 5000;
  /** Names that say nothing about a figure, besides schema.org's type names; lower case. */
  private static final Set<String> GENERIC_NAMES = Set.of(
      "", "untitled", "no title", "title", "figure", "image", "pathway", "pathway figure", "n/a", "na", "none");

  private final SiteConfig config;
  private final SiteUrls urls;
  private final SchemaOrgVocabulary vocabulary;

  public DatasetJsonLd(SiteConfig config, SchemaOrgVocabulary vocabulary) {
    this.config = config;
    this.urls = new SiteUrls(config);
    this.vocabulary = vocabulary;
  }

  /** The figure's JSON-LD with no {@code about} or {@code mentions}. */
  public Map<String, Object> of(Figure f) {
    return of(f, List.of(), List.of());
  }

  /**
   * The figure's JSON-LD. The hook for what the page is about: {@code about} and {@code mentions}
   * are entries already built (Bioschemas {@code Gene}s, {@code DefinedTerm}s…), added as they are
   * when not empty, after whatever the record itself has under those keys.
   */
  public Map<String, Object> of(Figure f, List<?> about, List<?> mentions) {
    Map<String, Object> record = f.schemaJsonLd();
    if (record != null && config.jsonLd() == SiteConfig.JsonLdMode.RECORD) return record;
    return mended(f, record == null ? Map.of() : record, about, mentions);
  }

  private Map<String, Object> mended(Figure f, Map<String, Object> record, List<?> about, List<?> mentions) {
    String canonical = urls.absolute(SitePaths.figurePage(f.figid()));
    // Keys in a fixed order, so the name, url and license are first, then everything else the
    // record has, in its order.
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", record.getOrDefault("@context", CONTEXT));
    ld.put("@type", datasetType(record.get("@type")));
    ld.put("@id", canonical);
    ld.put("url", canonical);
    ld.put("name", name(record.get("name"), f));
    ld.put("description", description(record.get("description"), f));
    for (Map.Entry<String, Object> e : record.entrySet()) ld.putIfAbsent(e.getKey(), e.getValue());
    ld.put("url", canonical);
    ld.put("@id", canonical);
    sameAs(ld, record.get("@id"), canonical);
    ld.put("identifier", identifiers(record.get("identifier"), f));
    if (!hasValue(record.get("keywords"))) {
      List<String> keywords = keywords(f);
      if (keywords.isEmpty()) ld.remove("keywords");
      else ld.put("keywords", keywords);
    } else if (record.get("keywords") instanceof List<?> given) {
      // PFOCR's keywords hold R's missing-value marker where a gene had no symbol: no keyword.
      List<Object> kept = new ArrayList<>(given.size());
      for (Object k : given) if (!(k instanceof String s && FieldReader.isMissing(s.strip()))) kept.add(k);
      ld.put("keywords", kept);
    }
    String license = license(record.get("license"));
    if (license.isEmpty()) ld.remove("license");
    else ld.put("license", license);
    ld.putIfAbsent("isAccessibleForFree", true);
    // The record's own last_modified_at, as the sitemap's <lastmod> has it; never the build's time.
    if (!hasValue(record.get("dateModified")) && !f.lastModified().isEmpty()) ld.put("dateModified", f.lastModified());
    String image = Links.figureImage(f.pmcid(), f.filename());
    if (!hasValue(record.get("image")) && !image.isEmpty()) ld.put("image", image);
    if (!hasValue(record.get("creator")) && !config.creator().isEmpty()) {
      ld.put("creator", organisation(config.creator()));
    }
    if (!hasValue(record.get("citation"))) {
      Map<String, Object> article = article(f);
      if (!article.isEmpty()) ld.put("citation", article);
    }
    ld.put("includedInDataCatalog", catalogReference(config));
    appendAll(ld, "about", about);
    appendAll(ld, "mentions", mentions);
    ld.put(CONFORMS_TO, Map.of("@id", DATASET_PROFILE));
    return ld;
  }

  /** Whether a name says nothing about the figure: empty, a schema.org type name, or a stock word. */
  public static boolean isGenericName(String name, SchemaOrgVocabulary vocabulary) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return GENERIC_NAMES.contains(n) || vocabulary.isTypeNameIgnoringCase(n);
  }

  /** The site as a schema.org {@code DataCatalog}, as figure pages link to it. */
  public static Map<String, Object> catalogReference(SiteConfig config) {
    String home = new SiteUrls(config).home();
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("@type", "DataCatalog");
    catalog.put("@id", home + "#catalog");
    catalog.put("name", config.title());
    catalog.put("url", home);
    return catalog;
  }

  /** A license as an absolute URL: {@code CC0} → the CC0 1.0 deed; none → the site's license. */
  String license(Object recordLicense) {
    String own = recordLicense instanceof String s ? licenseUrl(s) : "";
    if (!own.isEmpty()) return own;
    if (recordLicense instanceof Map<?, ?> m && m.get("url") instanceof String u && isHttpUrl(u)) return u;
    return licenseUrl(config.license());
  }

  /** The configured {@code license} as an absolute URL, or "" when it names none. */
  public static String siteLicense(SiteConfig config) {
    return licenseUrl(config.license());
  }

  private static String licenseUrl(String license) {
    String l = license.strip();
    if (isHttpUrl(l)) return l;
    String key = l.toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    if (key.equals("CC0") || key.equals("CC0 1.0") || key.equals("CC0 1.0 UNIVERSAL")) return CC0;
    return "";
  }

  static boolean isHttpUrl(String s) {
    return s.startsWith("https://") || s.startsWith("http://");
  }

  private static Object datasetType(Object type) {
    if ("Dataset".equals(type)) return type;
    if (type instanceof List<?> l && l.contains("Dataset")) return type;
    return "Dataset";
  }

  private String name(Object recordName, Figure f) {
    if (recordName instanceof String s && !isGenericName(s, vocabulary)) return s;
    return f.title();
  }

  private static String description(Object recordDescription, Figure f) {
    String own = recordDescription instanceof String s ? s.strip() : "";
    String text = own.isEmpty() ? f.caption().strip() : own;
    if (text.codePointCount(0, text.length()) < MIN_DESCRIPTION) {
      // Too short for Google: say what the figure is and where it comes from.
      StringBuilder b = new StringBuilder(text.isEmpty() ? f.title() : text);
      String source = String.join(" ", List.of(f.figtype(), f.number()).stream().filter(x -> !x.isEmpty()).toList());
      b.append(b.toString().endsWith(".") ? " " : ". ").append(source.isEmpty() ? "Figure" : source);
      if (!f.papertitle().isEmpty()) b.append(" of the article \"").append(f.papertitle().strip()).append('"');
      if (!f.pmcid().isEmpty()) b.append(" (").append(f.pmcid()).append(')');
      b.append('.');
      text = b.toString();
    }
    // Kept exactly as it is when it fits; a longer one is cut at a word, with its white space collapsed.
    return text.codePointCount(0, text.length()) <= MAX_DESCRIPTION ? text : PageMeta.summary(text, MAX_DESCRIPTION - 1);
  }

  private static void sameAs(Map<String, Object> ld, Object recordId, String canonical) {
    if (!(recordId instanceof String id) || id.isBlank() || id.equals(canonical)) return;
    Set<Object> all = new LinkedHashSet<>();
    Object own = ld.get("sameAs");
    if (own instanceof List<?> l) all.addAll(l);
    else if (own != null) all.add(own);
    all.add(id);
    ld.put("sameAs", all.size() == 1 ? id : new ArrayList<>(all));
  }

  private static List<Object> identifiers(Object recordIdentifier, Figure f) {
    Set<Object> ids = new LinkedHashSet<>();
    if (recordIdentifier instanceof List<?> l) ids.addAll(l);
    else if (recordIdentifier != null && !"".equals(recordIdentifier)) ids.add(recordIdentifier);
    ids.add(f.figid());
    String doi = doiUrl(f);
    if (!doi.isEmpty()) ids.add(doi);
    if (!f.pmcid().isEmpty()) ids.add("pmc:" + f.pmcid());
    return new ArrayList<>(ids);
  }

  /**
   * The paper's DOI (the record's {@code doi}, with or without a {@code doi:} or resolver prefix)
   * as a {@code https://doi.org/} URL, or "".
   */
  static String doiUrl(Figure f) {
    String d = f.doi().strip();
    for (String prefix : List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")) {
      if (d.regionMatches(true, 0, prefix, 0, prefix.length())) d = d.substring(prefix.length());
    }
    return Links.doi(d);
  }

  private static List<String> keywords(Figure f) {
    Set<String> keywords = new LinkedHashSet<>(f.keywords());
    for (GeneMention g : f.genes()) if (!g.symbol().isEmpty()) keywords.add(g.symbol());
    for (Term t : f.chemicals()) if (!t.label().isEmpty()) keywords.add(t.label());
    for (Term t : f.diseases()) if (!t.label().isEmpty()) keywords.add(t.label());
    return new ArrayList<>(keywords);
  }

  private static Map<String, Object> article(Figure f) {
    Map<String, Object> a = new LinkedHashMap<>();
    if (f.papertitle().isEmpty() && f.pmcid().isEmpty()) return a;
    a.put("@type", "ScholarlyArticle");
    if (!f.papertitle().isEmpty()) a.put("name", f.papertitle().strip());
    if (!f.pmcid().isEmpty()) a.put("url", Links.pmcArticle(f.pmcid()));
    String doi = doiUrl(f);
    if (!doi.isEmpty()) {
      a.put("identifier", doi);
      a.put("sameAs", doi);
    }
    if (!f.year().isEmpty()) a.put("datePublished", f.year());
    return a;
  }

  private static Map<String, Object> organisation(String name) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("@type", "Organization");
    o.put("name", name);
    return o;
  }

  private static void appendAll(Map<String, Object> ld, String key, List<?> entries) {
    if (entries.isEmpty()) return;
    List<Object> all = new ArrayList<>();
    Object own = ld.get(key);
    if (own instanceof List<?> l) all.addAll(l);
    else if (own != null) all.add(own);
    all.addAll(entries);
    ld.put(key, all);
  }

  private static boolean hasValue(Object v) {
    return v != null && !(v instanceof String s && s.isBlank()) && !(v instanceof List<?> l && l.isEmpty());
  }
}
