package org.figsite.cache;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureBrief;
import org.figsite.index.FigureSummary;
import org.figsite.index.OrganismGenes;
import org.figsite.model.Redirect;
import org.figsite.model.Term;

/**
 * Turns a {@link FigureSummary} into bytes and back, for the build cache. Two summaries with equal
 * bytes lead to equal pages everywhere but on the figure's own page, which is how an incremental
 * build knows that a change stays on one page. Compact (variable-length integers, the source path
 * written once) because a cache holds one per record.
 */
public final class SummaryCodec {
  /** The strings a {@link Term} is written as: word, name, source, identifier, xref. */
  private static final int TERM_STRINGS = 5;

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
    w.varint(s.genes().size());
    for (OrganismGenes g : s.genes()) {
      w.string(g.taxon());
      w.string(g.organism());
      w.strings(g.symbols());
      w.strings(g.symbolIds());
      w.strings(g.ncbiIds());
    }
    w.strings(s.printedWords());
    w.terms(s.chemicals());
    w.terms(s.diseases());
    w.varint(s.redirects().size());
    for (Redirect r : s.redirects()) {
      w.string(r.path());
      w.pos(r.pos());
    }
    w.string(s.lastModified());
    return w.buf.toByteArray();
  }

  public static FigureSummary decode(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes));
  }

  /** Decodes one summary from the buffer's position onwards, leaving the position where it was. */
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
    List<OrganismGenes> genes = r.genes();
    List<String> printedWords = r.strings();
    List<Term> chemicals = r.terms();
    List<Term> diseases = r.terms();
    List<Redirect> redirects = r.redirects(source);
    String lastModified = r.string();
    return new FigureSummary(source, figidPos, figid, title, year, pmcid, filename, organisms, genes, printedWords,
        chemicals, diseases, redirects, lastModified);
  }

  // The partial decoders below read what a caller needs and skip the rest without making strings
  // of it: gene pages read millions of briefs, the indexer every figid and redirect.

  /** The figure's id. */
  public static String figid(ByteBuffer in) {
    Reader r = new Reader(in);
    r.skipString();
    r.skipPos();
    return r.string();
  }

  /** What a listing shows. */
  public static FigureBrief brief(ByteBuffer in) {
    Reader r = new Reader(in);
    r.skipString();
    r.skipPos();
    return new FigureBrief(r.string(), r.string(), r.string(), r.string(), r.string(), r.strings());
  }

  /** The search tokens of the words printed in the figure ({@link FigureSummary#printedWords}). */
  public static List<String> printedWords(ByteBuffer in) {
    Reader r = new Reader(in);
    r.skipString();
    r.skipPos();
    r.skipFigidToGenes();
    return r.strings();
  }

  public static List<Redirect> redirects(ByteBuffer in) {
    Reader r = new Reader(in);
    String source = r.string();
    r.skipPos();
    r.skipFigidToGenes();
    r.skipWordsAndTerms();
    return r.redirects(source);
  }

  /** The record's {@code last_modified_at} ({@link FigureSummary#lastModified}), or "". */
  public static String lastModified(ByteBuffer in) {
    Reader r = new Reader(in);
    r.skipString();
    r.skipPos();
    r.skipFigidToGenes();
    r.skipWordsAndTerms();
    r.skipRedirects();
    return r.string();
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
        string(t.name());
        string(t.source());
        string(t.identifier());
        string(t.xref());
      }
    }

    /** Positions are always in the record's own file: only line and column are kept. */
    void pos(SourcePos p) {
      varint(p.line());
      varint(p.col());
    }
  }

  /** Reads from a buffer with absolute gets, leaving its position alone. */
  private static final class Reader {
    final ByteBuffer in;
    int at;

    Reader(ByteBuffer in) {
      this.in = in;
      this.at = in.position();
    }

    int varint() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in.get(at++);
        v |= (b & 0x7F) << shift;
        if (b >= 0) return v;
      }
    }

    String string() {
      int n = varint();
      String s;
      if (in.hasArray()) {
        s = new String(in.array(), in.arrayOffset() + at, n, StandardCharsets.UTF_8);
      } else {
        byte[] b = new byte[n];
        in.get(at, b, 0, n);
        s = new String(b, StandardCharsets.UTF_8);
      }
      at += n;
      return s;
    }

    void skipString() {
      int n = varint();
      at += n;
    }

    List<String> strings() {
      int n = varint();
      if (n == 0) return List.of();
      String[] out = new String[n];
      for (int i = 0; i < n; i++) out[i] = string();
      return List.of(out);
    }

    void skipStrings() {
      int n = varint();
      for (int i = 0; i < n; i++) skipString();
    }

    List<Term> terms() {
      int n = varint();
      if (n == 0) return List.of();
      Term[] out = new Term[n];
      for (int i = 0; i < n; i++) out[i] = new Term(string(), string(), string(), string(), string());
      return List.of(out);
    }

    void skipTerms() {
      int n = varint();
      for (int i = 0; i < TERM_STRINGS * n; i++) skipString();
    }

    List<OrganismGenes> genes() {
      int n = varint();
      if (n == 0) return List.of();
      OrganismGenes[] out = new OrganismGenes[n];
      for (int i = 0; i < n; i++) out[i] = new OrganismGenes(string(), string(), strings(), strings(), strings());
      return List.of(out);
    }

    void skipGenes() {
      int n = varint();
      for (int i = 0; i < n; i++) {
        skipString();
        skipString();
        skipStrings();
        skipStrings();
        skipStrings();
      }
    }

    /**
     * Moves from the figid to just past the genes: the five strings figid, title, year, pmcid and
     * filename, the organisms, the genes ({@link #encode}'s order).
     */
    void skipFigidToGenes() {
      for (int i = 0; i < 5; i++) skipString();
      skipStrings();
      skipGenes();
    }

    /** Moves past the printed words and the two term lists (chemicals, diseases), to the redirects. */
    void skipWordsAndTerms() {
      skipStrings();
      skipTerms();
      skipTerms();
    }

    List<Redirect> redirects(String file) {
      int n = varint();
      if (n == 0) return List.of();
      Redirect[] out = new Redirect[n];
      for (int i = 0; i < n; i++) {
        String path = string();
        out[i] = new Redirect(path, pos(file));
      }
      return List.of(out);
    }

    void skipRedirects() {
      int n = varint();
      for (int i = 0; i < n; i++) {
        skipString();
        skipPos();
      }
    }

    SourcePos pos(String file) {
      return new SourcePos(file, varint(), varint());
    }

    void skipPos() {
      varint();
      varint();
    }
  }
}
