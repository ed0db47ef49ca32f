package org.figsite.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.figsite.index.FigureSummary;
import org.figsite.index.GeneOrganism;
import org.figsite.index.OrganismGenes;
import org.figsite.index.SiteIndex;
import org.figsite.index.SitePaths;
import org.figsite.write.OutputTree;

/**
 * Writes the whole-site downloads under {@code /data/}, streaming figure by figure (in figid
 * order) so that their size never has to fit in memory:
 *
 * <ul>
 *   <li>{@code pfocr.gmt}: one gene set per figure that has human NCBI Gene ids: figid, the figure
 *       page's absolute URL, then the distinct ids, tab-separated (the GMT format of GSEA and
 *       most enrichment tools); {@code pfocr-<organism>.gmt} the same for each other organism
 *       ({@code pfocr-mus-musculus.gmt}), since enrichment is run against one organism's genes;
 *   <li>{@code figures.json}: a JSON array with one object per figure: figid, title, year,
 *       pmcid, organisms, gene count (distinct symbols over all organisms) and the page URL.
 * </ul>
 */
public final class DataFilesWriter {
  public static final String FIGURES_JSON = "/data/figures.json";

  private DataFilesWriter() {}

  public static void write(OutputTree out, SiteIndex index, SiteUrls urls) throws IOException {
    writeGmt(out, index, urls);
    writeFiguresJson(out, index, urls);
  }

  /** One GMT file per organism, each read from its own figure list. */
  static void writeGmt(OutputTree out, SiteIndex index, SiteUrls urls) throws IOException {
    for (GeneOrganism org : index.geneOrganisms()) {
      out.stream(org.gmtFile(), o -> {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        for (int fig : org.figures()) {
          FigureSummary f = index.figure(fig);
          for (OrganismGenes g : f.genes()) {
            if (!g.taxon().equals(org.taxon()) || g.ncbiIds().isEmpty()) continue;
            w.write(f.figid());
            w.write('\t');
            w.write(urls.absolute(SitePaths.figurePage(f.figid())));
            for (String id : g.ncbiIds()) {
              w.write('\t');
              w.write(id);
            }
            w.write('\n');
          }
        }
        w.flush();
      });
    }
  }

  static void writeFiguresJson(OutputTree out, SiteIndex index, SiteUrls urls) throws IOException {
    out.stream(FIGURES_JSON, o -> figuresJson(o, index, urls));
  }

  private static void figuresJson(OutputStream o, SiteIndex index, SiteUrls urls) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(o, JsonEncoding.UTF8)) {
      g.writeStartArray();
      for (FigureSummary f : index.figures()) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("figid", f.figid());
        g.writeStringField("title", f.title());
        g.writeStringField("year", f.year());
        g.writeStringField("pmcid", f.pmcid());
        g.writeArrayFieldStart("organisms");
        for (String org : f.organisms()) g.writeString(org);
        g.writeEndArray();
        g.writeNumberField("gene_count", f.geneSymbolCount());
        g.writeStringField("url", urls.absolute(SitePaths.figurePage(f.figid())));
        g.writeEndObject();
      }
      g.writeRaw('\n');
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }
}
