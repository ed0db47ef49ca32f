package org.figsite.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A canonical text of a node tree with everything downstream code could read: for every node its
 * class, tag, style, value (escaped), anchor, and start and end marks (name, line, column, index).
 * Two trees with the same dump are the same to figsite; a difference shows at its line.
 */
final class NodeDump {
  private NodeDump() {}

  static String of(Node root) {
    StringBuilder sb = new StringBuilder();
    dump(root, "", sb);
    return sb.toString();
  }

  private static void dump(Node n, String indent, StringBuilder sb) {
    sb.append(indent).append(n.getClass().getSimpleName()).append(' ').append(n.getTag().getValue())
        .append(' ').append(mark(n.getStartMark())).append(" .. ").append(mark(n.getEndMark()));
    if (n.getAnchor() != null) sb.append(" &").append(n.getAnchor());
    if (n instanceof ScalarNode s) {
      sb.append(' ').append(s.getScalarStyle().name()).append(" \"").append(escape(s.getValue())).append("\"\n");
    } else if (n instanceof SequenceNode seq) {
      sb.append(' ').append(seq.getFlowStyle().name()).append('\n');
      for (Node item : seq.getValue()) dump(item, indent + "  - ", sb);
    } else {
      MappingNode m = (MappingNode) n;
      sb.append(' ').append(m.getFlowStyle().name()).append(m.isMerged() ? " merged" : "").append('\n');
      for (NodeTuple t : m.getValue()) {
        dump(t.getKeyNode(), indent + "  ? ", sb);
        dump(t.getValueNode(), indent + "  : ", sb);
      }
    }
  }

  private static String mark(Mark m) {
    if (m == null) return "null";
    return m.getName() + ":" + m.getLine() + ":" + m.getColumn() + "@" + m.getIndex();
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp == '\\' || cp == '"') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029 || cp == 0xfeff) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
