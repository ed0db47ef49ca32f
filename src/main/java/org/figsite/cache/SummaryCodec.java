package org.figsite.cache;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureSummary;
import org.figsite.model.Redirect;
import org.figsite.model.Term;

/**
 * Turns a {@link FigureSummary} into bytes and back, for the build cache. Two summaries with equal
 * bytes lead to equal pages everywhere but on the figure's own page, which is how an incremental
 * build knows that a change stays on one page. Compact (variable-length integers, the source path
 * written once) because a cache holds one per record.
 */
public final class SummaryCodec {
  private SummaryCodec() {}

  public static byte[] encode(FigureSummary s) {
    Writer w = new Writer();
    w.string(s.sourcePath());
    w.pos(s.figidPos());
    w.string(s.figid());
    w.string(s.title());
    w.string(s.year());
    w.string(s.pmcid());
    w.string(s.filename());
    w.strings(s.organisms());
    w.strings(s.geneSymbols());
    w.strings(s.geneSymbolEntrez());
    w.strings(s.entrezIds());
    w.terms(s.chemicals());
    w.terms(s.diseases());
    w.varint(s.redirects().size());
    for (Redirect r : s.redirects()) {
      w.string(r.path());
      w.pos(r.pos());
    }
    return w.buf.toByteArray();
  }

  public static FigureSummary decode(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes));
  }

  /** Decodes one summary from the buffer's position onwards. */
  public static FigureSummary decode(ByteBuffer in) {
    Reader r = new Reader(in);
    String source = r.string();
    SourcePos figidPos = r.pos(source);
    String figid = r.string();
    String title = r.string();
    String year = r.string();
    String pmcid = r.string();
    String filename = r.string();
    List<String> organisms = r.strings();
    List<String> symbols = r.strings();
    List<String> symbolEntrez = r.strings();
    List<String> entrez = r.strings();
    List<Term> chemicals = r.terms();
    List<Term> diseases = r.terms();
    int n = r.varint();
    List<Redirect> redirects = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String path = r.string();
      redirects.add(new Redirect(path, r.pos(source)));
    }
    return new FigureSummary(source, figidPos, figid, title, year, pmcid, filename, organisms, symbols,
        symbolEntrez, entrez, chemicals, diseases, List.copyOf(redirects));
  }

  private static final class Writer {
    final ByteArrayOutputStream buf = new ByteArrayOutputStream(512);

    void varint(int v) {
      while ((v & ~0x7F) != 0) {
        buf.write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf.write(v);
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      buf.write(b, 0, b.length);
    }

    void strings(List<String> list) {
      varint(list.size());
      for (String s : list) string(s);
    }

    void terms(List<Term> terms) {
      varint(terms.size());
      for (Term t : terms) {
        string(t.word());
        string(t.source());
        string(t.identifier());
      }
    }

    /** Positions are always in the record's own file: only line and column are kept. */
    void pos(SourcePos p) {
      varint(p.line());
      varint(p.col());
    }
  }

  private static final class Reader {
    final ByteBuffer in;

    Reader(ByteBuffer in) {
      this.in = in;
    }

    int varint() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in.get();
        v |= (b & 0x7F) << shift;
        if (b >= 0) return v;
      }
    }

    String string() {
      int n = varint();
      String s;
      if (in.hasArray()) {
        s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
      } else {
        byte[] b = new byte[n];
        in.get(b);
        s = new String(b, StandardCharsets.UTF_8);
      }
      return s;
    }

    List<String> strings() {
      int n = varint();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(string());
      return List.copyOf(out);
    }

    List<Term> terms() {
      int n = varint();
      List<Term> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(new Term(string(), string(), string()));
      return List.copyOf(out);
    }

    SourcePos pos(String file) {
      return new SourcePos(file, varint(), varint());
    }
  }
}
