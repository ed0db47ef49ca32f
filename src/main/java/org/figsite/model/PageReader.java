package org.figsite.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.figsite.load.FrontMatter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Builds a {@link Page} from a site page's front matter and body. */
public final class PageReader {
  private PageReader() {}

  public static Optional<Page> read(String name, FrontMatter fm, MappingNode root, NodeContext ctx) {
    if (!FigureReader.SAFE_NAME.matcher(name).matches()) {
      ctx.errorAtFile("page file name '" + name + ".md' is not a safe file name",
          "use letters, digits, '.', '_', '+' and '-'");
    }
    NodeValues values = new NodeValues(ctx);
    Map<String, Object> params = new LinkedHashMap<>();
    FieldReader r = new FieldReader(ctx);
    String title = "";
    String lastModified = "";
    for (NodeTuple t : root.getValue()) {
      String key = values.keyText(t.getKeyNode());
      if (key == null) continue;
      if (params.containsKey(key)) {
        ctx.error(t.getKeyNode(), "duplicate key '" + key + "'", "remove one of them");
        continue;
      }
      params.put(key, values.value(t.getValueNode()));
      if (key.equals("title")) title = r.text(t.getValueNode(), "title");
      if (key.equals(LastModified.KEY)) lastModified = LastModified.read(r, t.getValueNode(), ctx);
    }
    if (ctx.hasErrors()) return Optional.empty();
    return Optional.of(new Page(ctx.file(), name, title, fm.body(), params, lastModified));
  }
}
