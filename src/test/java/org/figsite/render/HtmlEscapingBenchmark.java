package org.figsite.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.figsite.testing.MicroBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link HtmlEscaper} against FreeMarker's own HTML escaping, on the values a figure page escapes
 * most: a caption with nothing to escape, one with a few ampersands and quotes, and a gene
 * symbol. Run with {@code bench/jmh.sh HtmlEscapingBenchmark} after a FreeMarker upgrade.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HtmlEscapingBenchmark extends MicroBenchmark {
  private static final String CLEAN_CAPTION = "Schematic of the signalling pathways downstream of the receptor"
      + " tyrosine kinase ERBB2 in breast cancer cells. Activation of the receptor leads to the recruitment"
      + " of adaptor proteins and the activation of the PI3K/AKT and RAS/MAPK cascades, which promote cell"
      + " proliferation, survival and migration. Arrows indicate activation and blunt ends inhibition.";

  @Param({"clean caption", "caption with markup", "gene symbol"})
  public String kind;

  private String text;
  private final Discard out = new Discard();

  @Setup
  public void pick() {
    text = switch (kind) {
      case "clean caption" -> CLEAN_CAPTION;
      case "caption with markup" -> CLEAN_CAPTION.replace("PI3K/AKT and", "PI3K/AKT & \"RAS\" <i>and</i>");
      case "gene symbol" -> "MAPK1";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @Benchmark
  public void figsite(Blackhole bh) throws IOException {
    HtmlEscaper.escape(text, out);
    bh.consume(out.written);
  }

  @Benchmark
  public void freemarker(Blackhole bh) throws IOException, TemplateModelException {
    HTMLOutputFormat.INSTANCE.output(text, out);
    bh.consume(out.written);
  }

  /** Counts what it is given and keeps nothing, so both sides pay only for escaping. */
  private static final class Discard extends Writer {
    long written;

    @Override
    public void write(char[] cbuf, int off, int len) {
      written += len;
    }

    @Override
    public void write(String str, int off, int len) {
      written += len;
    }

    @Override
    public void write(String str) {
      written += str.length();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
