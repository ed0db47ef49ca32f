package org.figsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.figsite.model.Figure;
import org.figsite.model.GeneMention;

/**
 * The files a figure page offers for download: the record's front matter as JSON, and its gene
 * table as tab-separated values.
 */
public final class FigureDownloads {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FigureDownloads() {}

  /** The front-matter key left out of the JSON: the figure page carries it (as is or mended) as its JSON-LD. */
  static final String JSON_LD_KEY = "schema-jsonld";

  /**
   * Every front-matter key of the record but {@code schema-jsonld}, in the record's order, as one
   * JSON object and a newline. {@code schema-jsonld} repeats the caption and the gene symbols and
   * is what the page's JSON-LD is made from: leaving it out takes a quarter off a site's per-figure downloads.
   */
  public static byte[] json(Figure f) {
    try {
      Map<String, Object> params = f.params();
      if (params.containsKey(JSON_LD_KEY)) {
        params = new LinkedHashMap<>(params);
        params.remove(JSON_LD_KEY);
      }
      byte[] json = MAPPER.writeValueAsBytes(params);
      byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
      out[json.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("front matter holds plain values only", e);
    }
  }

  /**
   * A header line, then one line per row of the gene table: organism_id, organism_name, word,
   * symbol, ncbigene_id (the current PFOCR layout's column names; the 2021–22 layout's
   * {@code hgnc_symbol} and {@code entrez} are the symbol and id of human rows).
   */
  public static byte[] genesTsv(Figure f) {
    StringBuilder sb = new StringBuilder(64 + f.genes().size() * 48);
    sb.append("organism_id\torganism_name\tword\tsymbol\tncbigene_id\n");
    for (GeneMention g : f.genes()) {
      sb.append(g.taxon()).append('\t').append(cell(g.organism())).append('\t').append(cell(g.word())).append('\t')
          .append(cell(g.symbol())).append('\t').append(g.ncbiId()).append('\n');
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
