package org.figsite.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the structured data of a page: every {@code application/ld+json} script must parse, and
 * every schema.org {@code Dataset} in it must have what Google Dataset Search requires ({@code
 * name}, and a {@code description} of 50 to 5,000 characters) and should have what it recommends.
 */
final class JsonLdChecker {
  static final int MIN_DESCRIPTION = 50;
  static final int MAX_DESCRIPTION = 5000;
  private static final List<String> RECOMMENDED = List.of("license", "creator", "url", "keywords");
  private static final Set<String> DATASET = Set.of(
      "dataset", "schema:dataset", "https://schema.org/dataset", "http://schema.org/dataset");

  /** Thread-safe once configured; shared by all workers. */
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  void check(Document doc, PageReporter report) {
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
      visit(root, script, report);
    }
  }

  private void visit(JsonNode node, Element script, PageReporter report) {
    if (node.isObject() && isDataset(node.get("@type"))) checkDataset(node, script, report);
    if (node.isContainerNode()) {
      for (JsonNode child : node) visit(child, script, report);
    }
  }

  private static boolean isDataset(JsonNode type) {
    if (type == null) return false;
    if (type.isTextual()) return DATASET.contains(type.asText().toLowerCase(Locale.ROOT));
    if (type.isArray()) {
      for (JsonNode t : type) if (isDataset(t)) return true;
    }
    return false;
  }

  private static void checkDataset(JsonNode dataset, Element script, PageReporter report) {
    JsonNode name = dataset.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      report.error(script, "Dataset has no name (required by Google)", "");
    }
    JsonNode description = dataset.get("description");
    if (description == null || !description.isTextual() || description.asText().isBlank()) {
      report.error(script, "Dataset has no description (required by Google)", "");
    } else {
      String text = description.asText();
      int length = text.codePointCount(0, text.length());
      if (length < MIN_DESCRIPTION || length > MAX_DESCRIPTION) {
        report.error(script, String.format(Locale.ROOT,
            "Dataset description is %,d characters; Google requires %d to %,d", length, MIN_DESCRIPTION, MAX_DESCRIPTION), "");
      }
    }
    for (String field : RECOMMENDED) {
      JsonNode value = dataset.get(field);
      if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
        report.warning(script, "Dataset has no " + field + " (recommended by Google)", "");
      }
    }
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
