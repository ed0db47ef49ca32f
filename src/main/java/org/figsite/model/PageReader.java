package org.figsite.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.figsite.diag.Printable;
import org.figsite.load.FrontMatter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Builds a {@link Page} from a site page's front matter and body. */
public final class PageReader {
  /** The pages figsite writes at the site's root, by name, with the template that renders each. */
  private static final Map<String, String> BUILT_IN = Map.of("404", "404.ftlh", "search", "search.ftlh");

  private PageReader() {}

  public static Optional<Page> read(String name, FrontMatter fm, MappingNode root, NodeContext ctx) {
    if (!FigureReader.SAFE_NAME.matcher(name).matches()) {
      ctx.errorAtFile("page file name '" + Printable.of(name) + ".md' is not a safe file name",
          "use letters, digits, '.', '_', '+' and '-'");
    } else {
      checkName(name, ctx);
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

  /**
   * A page may not take a page figsite writes itself ({@code /404.html}, {@code /search.html}, and
   * {@code /index.html} in another letter case: {@code index.md} itself is the home page's text),
   * nor a Windows device name: each is an error, not a silent replacement.
   */
  private static void checkName(String name, NodeContext ctx) {
    String folded = name.toLowerCase(Locale.ROOT);
    String builtIn = BUILT_IN.get(folded);
    if (builtIn != null) {
      ctx.errorAtFile("page '" + name + ".md' would replace the built-in page /" + folded + ".html",
          "rename the page; to change the built-in page itself, override its template: figsite templates --copy "
              + builtIn);
    } else if (folded.equals("index") && !name.equals("index")) {
      ctx.errorAtFile("page '" + name + ".md' would replace the home page /index.html on case-insensitive file systems"
              + " (macOS, Windows)", "name the home page's text index.md, in lower case, or rename the page");
    } else if (DeviceNames.isDevice(name)) {
      ctx.errorAtFile("page '" + name + ".md' has a Windows device name (" + DeviceNames.LIST + ")",
          "rename the page: Windows cannot create a file of that name, with any extension");
    }
  }

}
