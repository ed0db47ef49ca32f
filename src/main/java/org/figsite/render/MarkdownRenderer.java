package org.figsite.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML. Bodies of figure records are untrusted (many hands edit them) and are cleaned
 * with jsoup's safelist: no script, style, frame, event handler or {@code javascript:}/{@code
 * data:} URL survives. Site pages belong to the site owner and keep their HTML. Thread-safe.
 */
public final class MarkdownRenderer {
  private final String baseUri;
  /** Built on first use: most builds render few or no Markdown bodies, and flexmark takes ~0.1 s to set up. */
  private volatile Engine engine;

  /** @param baseUri the site's absolute URL, against which relative links are kept */
  public MarkdownRenderer(String baseUri) {
    this.baseUri = baseUri.endsWith("/") ? baseUri : baseUri + "/";
  }

  /** Renders owner-written Markdown as is. */
  public String renderTrusted(String markdown) {
    if (markdown.isBlank()) return "";
    Engine e = engine();
    return e.renderer.render(e.parser.parse(markdown));
  }

  /** Renders record Markdown and removes anything that could run code or leave the page. */
  public String renderUntrusted(String markdown) {
    if (markdown.isBlank()) return "";
    Engine e = engine();
    String html = e.renderer.render(e.parser.parse(markdown));
    Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, baseUri, e.safelist, out);
  }

  private Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) engine = e = new Engine();
      }
    }
    return e;
  }

  /** flexmark's parser and renderer, and jsoup's safelist; all thread-safe once built. */
  private static final class Engine {
    final Parser parser;
    final HtmlRenderer renderer;
    final Safelist safelist;

    Engine() {
      MutableDataSet options = new MutableDataSet();
      options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
      parser = Parser.builder(options).build();
      renderer = HtmlRenderer.builder(options).build();
      safelist = Safelist.relaxed().preserveRelativeLinks(true).addAttributes("a", "rel");
    }
  }
}
