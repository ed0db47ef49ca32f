package org.figsite.load;

import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Runs the fast path and SnakeYAML on the same text: the fast path must step aside or agree. */
final class FastPathCheck {
  private static final ThreadLocal<YamlParser> SNAKE = ThreadLocal.withInitial(YamlParser::new);

  private FastPathCheck() {}

  /** Whether the fast path composes the text (rather than leaving it to SnakeYAML). */
  static boolean taken(String yaml) {
    return BlockYamlComposer.compose(yaml).isPresent();
  }

  /** Empty when the fast path steps aside or gives SnakeYAML's tree; else what differs. */
  static Optional<String> disagreement(String yaml) {
    Optional<MappingNode> fast = BlockYamlComposer.compose(yaml);
    if (fast.isEmpty()) return Optional.empty();
    Node reference;
    try {
      reference = SNAKE.get().composeWithSnakeYaml(yaml);
    } catch (YAMLException | StackOverflowError e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      return Optional.of("SnakeYAML fails (" + why + ") but the fast path composed\n" + NodeDump.of(fast.get()));
    }
    String expected = reference == null ? "null" : NodeDump.of(reference);
    String actual = NodeDump.of(fast.get());
    if (expected.equals(actual)) return Optional.empty();
    return Optional.of(firstDifference(expected, actual));
  }

  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<none>";
      String al = i < a.length ? a[i] : "<none>";
      if (!el.equals(al)) return "dump line " + (i + 1) + ":\n  SnakeYAML: " + el + "\n  fast path: " + al;
    }
    return "dumps differ";
  }
}
