package org.figsite.scaffold;

import java.io.StringWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes text as a YAML scalar that reads back as exactly that text, whatever it contains. The
 * escaping is SnakeYAML's own emitter's, the same library that reads the file back: a node is
 * serialized rather than a Java string dumped, since the dumper would turn text with a control
 * character into a {@code !!binary} value.
 */
final class YamlText {
  private YamlText() {}

  /** {@code s} as a double-quoted scalar on one line, e.g. {@code "Kinase \"maps\""}. */
  static String doubleQuoted(String s) {
    DumperOptions oneLine = new DumperOptions();
    oneLine.setSplitLines(false);
    oneLine.setWidth(Integer.MAX_VALUE);
    StringWriter out = new StringWriter();
    new Yaml(oneLine).serialize(new ScalarNode(Tag.STR, s, null, null, ScalarStyle.DOUBLE_QUOTED), out);
    String document = out.toString();
    // The emitter ends the document with a line break; the scalar goes on a line of the template.
    return document.endsWith("\n") ? document.substring(0, document.length() - 1) : document;
  }
}
