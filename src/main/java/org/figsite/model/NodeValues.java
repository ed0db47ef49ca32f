package org.figsite.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.figsite.load.ControlCharacters;
import org.figsite.load.YamlParser;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML nodes into plain values (maps, lists, strings, numbers, booleans, null) by the YAML
 * 1.2 core schema, for templates and JSON-LD. Unlike YAML 1.1 (and SnakeYAML's default), {@code NO}
 * and {@code on} stay text, {@code 0123} stays text rather than becoming octal, and dates stay
 * text. Quoted scalars are always text. Tags other than the core ones are refused, duplicate keys
 * are errors, and the number of nodes visited is bounded so that aliases cannot multiply work.
 */
public final class NodeValues {
  static final int MAX_NODES = 2_000_000;

  private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  /** "0123" stays text, as it does for integers (a PubMed id, a zip code), rather than 123.0. */
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]");
  /** The core tags as SnakeYAML spells them ({@code tag:yaml.org,2002:str}...). */
  private static final Set<String> CORE_TAGS =
      Stream.of("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
          .map(t -> Tag.PREFIX + t).collect(Collectors.toUnmodifiableSet());

  private final NodeContext ctx;
  /** The collections being converted, outermost first: an alias to one of them is a cycle. */
  private final Set<Node> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private int visited;
  private boolean exhausted;

  public NodeValues(NodeContext ctx) {
    this.ctx = ctx;
  }

  /** The value of a node; problems go to the context and the offending part becomes null. */
  public Object value(Node node) {
    if (++visited > MAX_NODES) {
      if (!exhausted) {
        exhausted = true;
        ctx.error(node, "record too large: more than " + MAX_NODES + " YAML values (alias expansion?)",
            "remove the repeated aliases ('*name')");
      }
      return null;
    }
    if (!tagAllowed(node)) return null;
    if (node.getNodeId() == NodeId.scalar) {
      ScalarNode s = (ScalarNode) node;
      if (!controlsAllowed(s)) return null;
      return scalar(s);
    }
    if (!open.add(node)) {
      ctx.error(node, "YAML alias refers to a value that contains it (a cycle)", "remove the alias ('*name') inside its own anchor");
      return null;
    }
    try {
      switch (node.getNodeId()) {
        case sequence:
          {
            List<Node> items = ((SequenceNode) node).getValue();
            List<Object> out = new ArrayList<>(items.size());
            for (Node item : items) out.add(value(item));
            return out;
          }
        case mapping:
          return mapping((MappingNode) node);
        default:
          ctx.error(node, "YAML alias could not be resolved", "");
          return null;
      }
    } finally {
      open.remove(node);
    }
  }

  private Map<String, Object> mapping(MappingNode node) {
    List<NodeTuple> tuples = node.getValue();
    Map<String, Object> out = new LinkedHashMap<>(Math.max(4, tuples.size() * 2));
    for (NodeTuple t : tuples) {
      Node k = t.getKeyNode();
      String key = keyText(k);
      if (key == null) continue;
      if (out.containsKey(key)) {
        ctx.error(k, "duplicate key '" + key + "'", "remove one of the two '" + key + "' lines");
        continue;
      }
      out.put(key, value(t.getValueNode()));
    }
    return out;
  }

  /**
   * Whether a scalar is free of control characters ({@link ControlCharacters}); otherwise an error at
   * it. The YAML reader refuses them written raw (at their line and column), so only a
   * double-quoted escape ({@code "\e"}, {@code "\x07"}, {@code "\0"}) can make one: the other
   * styles are not scanned.
   */
  private boolean controlsAllowed(ScalarNode s) {
    if (s.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED) return true;
    int at = ControlCharacters.find(s.getValue());
    if (at < 0) return true;
    ctx.error(s, "the escape for the control character " + ControlCharacters.describe(s.getValue().charAt(at))
        + " is not allowed in text", "delete it: it would be written into the pages and downloads as it is");
    return false;
  }

  /** The text of a mapping key, or null (with an error) when the key is not a plain scalar. */
  String keyText(Node k) {
    if (k instanceof ScalarNode s) {
      if (!controlsAllowed(s)) return null;
      if (s.getTag().equals(Tag.MERGE)) {
        ctx.error(k, "YAML merge keys ('<<') are not supported", "write the keys out");
        return null;
      }
      return s.getValue();
    }
    ctx.error(k, "a mapping key must be text, not a " + kind(k), "write 'key: value'");
    return null;
  }

  private boolean tagAllowed(Node node) {
    Tag tag = node.getTag();
    String t = tag.getValue();
    if (tag.equals(YamlParser.PLAIN)) return true;
    // t is one of SnakeYAML's constants, whose hash is cached: no substring to hash per node.
    if (CORE_TAGS.contains(t)) return true;
    String shown = t.startsWith(Tag.PREFIX) ? "!!" + t.substring(Tag.PREFIX.length()) : t;
    ctx.error(node, "YAML tag '" + shown + "' is not allowed", "remove the tag: records are plain data");
    return false;
  }

  static Object scalar(ScalarNode s) {
    String v = s.getValue();
    if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || s.getTag().equals(Tag.STR)) return v;
    return plain(v);
  }

  /** Core-schema resolution of a plain scalar. */
  static Object plain(String v) {
    // A switch on a string hashes all of it: captions are long, and every keyword is short.
    if (v.length() > 5) return number(v);
    switch (v) {
      case "":
      case "~":
      case "null":
      case "Null":
      case "NULL":
        return null;
      case "true":
      case "True":
      case "TRUE":
        return Boolean.TRUE;
      case "false":
      case "False":
      case "FALSE":
        return Boolean.FALSE;
      default:
        return number(v);
    }
  }

  /** A plain scalar that is not null or a boolean: an integer, a float, or text. */
  private static Object number(String v) {
    char c = v.charAt(0);
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
      if (INT.matcher(v).matches()) {
        String digits = v.startsWith("+") ? v.substring(1) : v;
        if (digits.length() < 18) return Long.parseLong(digits);
        return new BigInteger(digits);
      }
      if (FLOAT.matcher(v).matches() && !LEADING_ZERO.matcher(v).lookingAt()) {
        double d = Double.parseDouble(v);
        if (!Double.isInfinite(d)) return d;
      }
    }
    return v;
  }

  static String kind(Node n) {
    switch (n.getNodeId()) {
      case mapping:
        return "mapping";
      case sequence:
        return "list";
      default:
        return "value";
    }
  }
}
