package org.figsite.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * The output format of figsite's {@code .ftlh} templates: FreeMarker's HTML format, escaping with
 * {@link HtmlEscaper}. Same name, same entities, same markup values, so templates cannot tell the
 * difference. Markup made under it (by {@code ?no_esc} or a captured {@code <#assign>}) belongs to
 * this format, so that FreeMarker, which compares formats by identity, prints it as is.
 */
final class HtmlOutput extends HTMLOutputFormat {
  static final HtmlOutput INSTANCE = new HtmlOutput();

  private HtmlOutput() {}

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    HtmlEscaper.escape(textToEsc, out);
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return HtmlEscaper.escape(plainTextContent);
  }

  @Override
  protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Markup(plainTextContent, markupContent);
  }

  /** Markup of this format. */
  private static final class Markup extends TemplateHTMLOutputModel {
    Markup(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public HTMLOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
