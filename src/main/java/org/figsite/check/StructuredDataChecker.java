package org.figsite.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.Severity;
import org.figsite.diag.SourcePos;
import org.figsite.render.DatasetJsonLd;
import org.figsite.schema.SchemaOrgVocabulary;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the structured data of every page the way Google's Dataset guidelines and the
 * Bioschemas Dataset 1.0-RELEASE and Gene 1.0-RELEASE profiles read it: every {@code
 * application/ld+json} script must parse; every {@code @type} and property must exist in
 * schema.org (the vocabulary shipped with figsite), and a property must belong to its object's
 * type; a {@code Dataset} needs a {@code name} and a 50 to 5,000 character {@code description}
 * (errors: Google requires them) and should have a specific name unique across the site, a
 * licence URL, {@code url} and {@code @id} equal to the page's canonical URL, and the properties
 * the guidelines and profiles list (warnings). Repeated findings are grouped by {@link Findings}.
 * Shared by all workers.
 */
final class StructuredDataChecker {
  static final int MIN_DESCRIPTION = DatasetJsonLd.MIN_DESCRIPTION;
  static final int MAX_DESCRIPTION = DatasetJsonLd.MAX_DESCRIPTION;
  /** Google's recommended Dataset properties and the Bioschemas Dataset minimum ones, as figsite checks them. */
  private static final Map<String, String> DATASET_EXPECTED = orderedMap(
      "license", "recommended by Google, Bioschemas minimum",
      "creator", "recommended by Google and Bioschemas",
      "url", "recommended by Google, Bioschemas minimum",
      "keywords", "recommended by Google, Bioschemas minimum",
      "identifier", "recommended by Google, Bioschemas minimum",
      "includedInDataCatalog", "recommended by Google and Bioschemas",
      "isAccessibleForFree", "recommended by Google and Bioschemas",
      "citation", "recommended by Bioschemas");
  private static final List<String> GENE_MINIMUM = List.of("name", "identifier");
  private static final List<String> SCHEMA_PREFIXES = List.of("https://schema.org/", "http://schema.org/", "schema:");

  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final SchemaOrgVocabulary vocabulary;
  private final Findings findings = new Findings();
  /** Dataset name → the pages whose main Dataset has it, to find names used more than once. */
  private final Map<String, Set<String>> names = new ConcurrentHashMap<>();

  StructuredDataChecker(SchemaOrgVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  void check(Document doc, PageReporter report) {
    Element canonicalLink = doc.selectFirst("link[rel=canonical][href]");
    String canonical = canonicalLink == null ? "" : canonicalLink.attr("href");
    for (Element script : doc.select("script[type]")) {
      String type = script.attr("type").trim().toLowerCase(Locale.ROOT);
      if (!type.equals("application/ld+json")) continue;
      JsonNode root;
      try {
        root = json.readTree(script.data());
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + " of the script)";
        report.error(script, "JSON-LD does not parse: " + firstLine(e.getOriginalMessage()) + where, "");
        continue;
      }
      if (root == null || root.isMissingNode()) {
        report.error(script, "JSON-LD script is empty", "");
        continue;
      }
      Page page = new Page(report, script, canonical);
      for (JsonNode top : topLevel(root)) checkTopLevel(top, page);
      visit(root, page);
    }
  }

  /** Reports the grouped findings and the names used by more than one page. Call once, at the end. */
  void finish(Problems problems, String siteDisplay) {
    for (Map.Entry<String, Set<String>> e : names.entrySet()) {
      if (e.getValue().size() < 2) continue;
      Iterator<String> pages = e.getValue().iterator();
      String first = pages.next();
      problems.add(new Problem(Severity.WARNING, SourcePos.ofFile(siteDisplay + first),
          "Dataset name \"" + e.getKey() + "\" is not unique: " + e.getValue().size() + " pages use it", "",
          "e.g. " + String.join(", ", e.getValue().stream().limit(Findings.EXAMPLES).map(p -> p.substring(1)).toList())
              + "; Google Dataset Search needs a distinct name per dataset"));
    }
    findings.reportTo(problems);
  }

  private record Page(PageReporter report, Element script, String canonical) {}

  private static List<JsonNode> topLevel(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) root.forEach(out::add);
    else if (root.has("@graph") && root.get("@graph").isArray()) root.get("@graph").forEach(out::add);
    else out.add(root);
    return out;
  }

  private void checkTopLevel(JsonNode node, Page page) {
    List<String> types = types(node);
    if (types.contains("Dataset")) {
      expectCanonical(node, "url", page);
      expectCanonical(node, "@id", page);
      if (!node.has(DatasetJsonLd.CONFORMS_TO)) {
        warn(page, "Dataset does not state the Bioschemas profile it follows (" + DatasetJsonLd.CONFORMS_TO + ")", "");
      }
      JsonNode name = node.get("name");
      if (name != null && name.isTextual() && !name.asText().isBlank()) {
        names.computeIfAbsent(name.asText().strip(), k -> java.util.Collections.synchronizedSet(new TreeSet<>()))
            .add(page.report().page());
      }
    }
    if (types.contains("Gene")) {
      for (String p : List.of("description", "url")) {
        if (!hasValue(node.get(p))) warn(page, "Gene has no " + p + " (recommended by Bioschemas)", "");
      }
    }
  }

  private void expectCanonical(JsonNode node, String key, Page page) {
    JsonNode v = node.get(key);
    if (page.canonical().isEmpty()) return;
    if (v == null || !v.isTextual()) {
      if (!key.equals("url")) warn(page, "Dataset has no " + key + "; it should be the page's canonical URL", "");
      return;
    }
    if (!v.asText().equals(page.canonical())) {
      warn(page, "Dataset " + key + " is not the page's canonical URL", v.asText() + " ≠ " + page.canonical());
    }
  }

  private void visit(JsonNode node, Page page) {
    if (node.isObject()) {
      List<String> types = types(node);
      checkVocabulary(node, types, page);
      if (types.contains("Dataset")) checkDataset(node, page);
      if (types.contains("Gene")) {
        for (String p : GENE_MINIMUM) {
          if (!hasValue(node.get(p))) warn(page, "Gene has no " + p + " (Bioschemas Gene minimum)", "");
        }
      }
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (!f.getKey().equals("@context")) visit(f.getValue(), page);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) visit(child, page);
    }
  }

  private void checkVocabulary(JsonNode node, List<String> types, Page page) {
    List<String> known = new ArrayList<>();
    for (String t : types) {
      if (vocabulary.isType(t)) known.add(t);
      else if (!t.contains(":")) warn(page, "@type is not a schema.org type", t);
    }
    Iterator<String> keys = node.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (key.startsWith("@") || key.contains(":")) continue; // JSON-LD keywords; other vocabularies' IRIs
      // Actions annotate their properties as "<property>-input" / "-output" (schema.org's Actions overview).
      String property = key.replaceFirst("-(input|output)$", "");
      if (!vocabulary.isProperty(property)) {
        warn(page, "property is not in schema.org", key);
      } else if (!known.isEmpty() && known.stream().noneMatch(t -> vocabulary.isPropertyOf(property, t))) {
        warn(page, "property does not belong to its object's type in schema.org", key + " on " + String.join(", ", known));
      }
    }
  }

  private void checkDataset(JsonNode dataset, Page page) {
    JsonNode name = dataset.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      findings.add(page.report(), page.script(), Severity.ERROR, "Dataset has no name (required by Google)", "", "");
    } else if (DatasetJsonLd.isGenericName(name.asText(), vocabulary)) {
      warn(page, "Dataset name is generic; Google Dataset Search needs a descriptive name", "\"" + name.asText() + "\"");
    }
    JsonNode description = dataset.get("description");
    if (description == null || !description.isTextual() || description.asText().isBlank()) {
      findings.add(page.report(), page.script(), Severity.ERROR, "Dataset has no description (required by Google)", "", "");
    } else {
      String text = description.asText();
      int length = text.codePointCount(0, text.length());
      if (length < MIN_DESCRIPTION || length > MAX_DESCRIPTION) {
        findings.add(page.report(), page.script(), Severity.ERROR, String.format(Locale.ROOT,
            "Dataset description is %,d characters; Google requires %d to %,d", length, MIN_DESCRIPTION, MAX_DESCRIPTION),
            "", "");
      }
    }
    for (Map.Entry<String, String> e : DATASET_EXPECTED.entrySet()) {
      if (!hasValue(dataset.get(e.getKey()))) warn(page, "Dataset has no " + e.getKey() + " (" + e.getValue() + ")", "");
    }
    JsonNode license = dataset.get("license");
    if (hasValue(license) && !isUrl(license) && !(license.isObject() && isUrl(license.get("url")))) {
      warn(page, "Dataset license is not a URL (Google and Bioschemas expect one)", license.toString());
    }
  }

  private void warn(Page page, String message, String detail) {
    findings.add(page.report(), page.script(), Severity.WARNING, message, detail, "");
  }

  /** The object's types as schema.org names: "Dataset" for "Dataset", "schema:Dataset" or its IRI. */
  private static List<String> types(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> out = new ArrayList<>();
    if (type == null) return out;
    if (type.isTextual()) out.add(local(type.asText()));
    else if (type.isArray()) for (JsonNode t : type) if (t.isTextual()) out.add(local(t.asText()));
    return out;
  }

  private static String local(String type) {
    for (String p : SCHEMA_PREFIXES) if (type.startsWith(p)) return type.substring(p.length());
    return type;
  }

  private static boolean isUrl(JsonNode v) {
    return v != null && v.isTextual() && (v.asText().startsWith("https://") || v.asText().startsWith("http://"));
  }

  private static boolean hasValue(JsonNode v) {
    return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank()) && !(v.isContainerNode() && v.isEmpty());
  }

  private static Map<String, String> orderedMap(String... kv) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return java.util.Collections.unmodifiableMap(m);
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
