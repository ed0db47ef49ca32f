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
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Safelist safelist;
  private final String baseUri;

  /** @param baseUri the site's absolute URL, against which relative links are kept */
  public MarkdownRenderer(String baseUri) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.safelist = Safelist.relaxed().preserveRelativeLinks(true).addAttributes("a", "rel");
    this.baseUri = baseUri.endsWith("/") ? baseUri : baseUri + "/";
  }

  /** Renders owner-written Markdown as is. */
  public String renderTrusted(String markdown) {
    if (markdown.isBlank()) return "";
    return renderer.render(parser.parse(markdown));
  }

  /** Renders record Markdown and removes anything that could run code or leave the page. */
  public String renderUntrusted(String markdown) {
    if (markdown.isBlank()) return "";
    String html = renderer.render(parser.parse(markdown));
    Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, baseUri, safelist, out);
  }
}
