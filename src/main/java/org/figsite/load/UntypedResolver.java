package org.figsite.load;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Leaves plain scalars untyped. SnakeYAML's default resolver runs YAML 1.1 regular expressions on
 * every plain scalar (a fifth of parse time for a PFOCR record), and its answers (NO is false, 0123
 * is octal) are the ones figsite must not use; typing is done later, by the YAML 1.2 core schema,
 * only where a value is not read as text. Merge keys are still recognised, so that they can be
 * refused.
 */
final class UntypedResolver extends Resolver {
  @Override
  protected void addImplicitResolvers() {
    // none: see the class comment
  }

  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind == NodeId.scalar && implicit) return "<<".equals(value) ? Tag.MERGE : YamlParser.PLAIN;
    return super.resolve(kind, value, implicit);
  }
}
