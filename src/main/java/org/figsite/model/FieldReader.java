package org.figsite.model;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed fields from YAML nodes. Text is taken exactly as written ({@code NO} stays "NO",
 * {@code 0123} stays "0123"); a plain null ({@code ~}, {@code null}, nothing) reads as "", and so
 * do PFOCR's missing-value markers {@code NA} and R's {@code .na.character} ({@link #isMissing}).
 * A value of the wrong shape is an error at its own position.
 */
public final class FieldReader {
  private final NodeContext ctx;

  FieldReader(NodeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The text of a scalar, or "" for a missing node, a null, a missing-value marker, or (with an
   * error) a non-scalar.
   */
  String text(Node node, String field) {
    String t = rawText(node, field);
    return isMissing(t) ? "" : t;
  }

  /**
   * Whether a text is one of the markers PFOCR's data uses for "no value": {@code NA} (R's
   * missing value as written by its TSV and YAML exports) and {@code .na.character} (R's typed
   * missing string, as it leaks into YAML).
   */
  public static boolean isMissing(String text) {
    return text.equals("NA") || text.equals(".na.character");
  }

  /**
   * The text of a scalar as written, markers kept: for OCR words, where {@code NA} may be what
   * the figure says (sodium).
   */
  String rawText(Node node, String field) {
    if (node == null) return "";
    if (node instanceof ScalarNode s) {
      if (NodeValues.scalar(s) == null) return "";
      return s.getValue();
    }
    ctx.error(node, field + " must be text, not a " + NodeValues.kind(node),
        node.getNodeId() == NodeId.sequence ? "write a single value, not a '- ' list" : "write a single value");
    return "";
  }

  /** A list of texts; a single text is a list of one, "" and null are an empty list. */
  List<String> texts(Node node, String field) {
    List<String> out = new ArrayList<>();
    for (Node item : items(node, field)) {
      String t = text(item, field + " item");
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  /** The item nodes of a list; a scalar is a list of itself, a null an empty list. */
  List<Node> items(Node node, String field) {
    if (node == null) return List.of();
    if (node instanceof SequenceNode seq) return seq.getValue();
    if (node instanceof ScalarNode s) {
      return NodeValues.scalar(s) == null ? List.of() : List.of(node);
    }
    ctx.error(node, field + " must be a list or a single value, not a mapping", "write '- item' lines");
    return List.of();
  }

  /** The item nodes of a list of mappings ({@code genes}, {@code chemicals}, …). */
  List<Node> mappingItems(Node node, String field) {
    if (node == null) return List.of();
    if (node instanceof ScalarNode s && NodeValues.scalar(s) == null) return List.of();
    if (!(node instanceof SequenceNode seq)) {
      ctx.error(node, field + " must be a list of mappings, not a " + NodeValues.kind(node),
          "write one '- key: value' block per item");
      return List.of();
    }
    List<Node> out = new ArrayList<>(seq.getValue().size());
    for (Node item : seq.getValue()) {
      if (item.getNodeId() == NodeId.mapping) {
        out.add(item);
      } else if (!(item instanceof ScalarNode s && NodeValues.scalar(s) == null)) {
        ctx.error(item, "each " + field + " item must be a mapping, not a " + NodeValues.kind(item),
            "write '- word: …' with its keys indented under it");
      }
    }
    return out;
  }
}
