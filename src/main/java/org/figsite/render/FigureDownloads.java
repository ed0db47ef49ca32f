package org.figsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.figsite.model.Figure;
import org.figsite.model.Gene;

/**
 * The files a figure page offers for download: the record's front matter as JSON, and its gene
 * table as tab-separated values.
 */
public final class FigureDownloads {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FigureDownloads() {}

  /** Every front-matter key of the record, in the record's order, as one JSON object and a newline. */
  public static byte[] json(Figure f) {
    try {
      byte[] json = MAPPER.writeValueAsBytes(f.params());
      byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
      out[json.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("front matter holds plain values only", e);
    }
  }

  /** A header line, then one line per gene row: word, symbol, hgnc_symbol, entrez. */
  public static byte[] genesTsv(Figure f) {
    StringBuilder sb = new StringBuilder(64 + f.genes().size() * 32);
    sb.append("word\tsymbol\thgnc_symbol\tentrez\n");
    for (Gene g : f.genes()) {
      sb.append(cell(g.word())).append('\t').append(cell(g.symbol())).append('\t')
          .append(cell(g.hgncSymbol())).append('\t').append(cell(g.entrez())).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Tabs and line breaks would split cells and rows: each becomes a space. */
  static String cell(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return s.replaceAll("[\\t\\n\\r\\u2028\\u2029\\u0085]", " ");
      }
    }
    return s;
  }
}
