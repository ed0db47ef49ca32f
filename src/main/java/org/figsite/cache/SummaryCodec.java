package org.figsite.cache;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
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
    // The brief's five strings and organisms first, in FigureBrief's order: brief() reads them as one.
    w.each(s.figid(), s.title(), s.year(), s.pmcid(), s.filename());
    w.strings(s.organisms());
    w.genes(s.genes());
    w.strings(s.printedWords());
    w.terms(s.chemicals());
    w.terms(s.diseases());
    w.redirects(s.redirects());
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

    /** A list: its size, then its strings. */
    void strings(List<String> list) {
      varint(list.size());
      for (String s : list) string(s);
    }

    /** Fields of fixed number, one after the other, with no size before them. */
    void each(String... fields) {
      for (String s : fields) string(s);
    }

    void terms(List<Term> terms) {
      varint(terms.size());
      for (Term t : terms) each(t.word(), t.name(), t.source(), t.identifier(), t.xref());
    }

    void genes(List<OrganismGenes> genes) {
      varint(genes.size());
      for (OrganismGenes g : genes) {
        each(g.taxon(), g.organism());
        strings(g.symbols());
        strings(g.symbolIds());
        strings(g.ncbiIds());
      }
    }

    void redirects(List<Redirect> redirects) {
      varint(redirects.size());
      for (Redirect r : redirects) {
        string(r.path());
        pos(r.pos());
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

    /** A list written as its size, then its items, each read by {@code item}. */
    <T> List<T> list(IntFunction<T[]> array, Supplier<T> item) {
      int n = varint();
      if (n == 0) return List.of();
      T[] out = array.apply(n);
      for (int i = 0; i < n; i++) out[i] = item.get();
      return List.of(out);
    }

    /** Moves past a list, each of whose items {@code skipItem} moves past. */
    void skipList(Runnable skipItem) {
      int n = varint();
      for (int i = 0; i < n; i++) skipItem.run();
    }

    /** Moves past fields of fixed number ({@link Writer#each}). */
    void skipEach(int fields) {
      for (int i = 0; i < fields; i++) skipString();
    }

    List<String> strings() {
      return list(String[]::new, this::string);
    }

    void skipStrings() {
      skipList(this::skipString);
    }

    List<Term> terms() {
      return list(Term[]::new, () -> new Term(string(), string(), string(), string(), string()));
    }

    void skipTerms() {
      skipList(() -> skipEach(TERM_STRINGS));
    }

    List<OrganismGenes> genes() {
      return list(OrganismGenes[]::new, () -> new OrganismGenes(string(), string(), strings(), strings(), strings()));
    }

    void skipGenes() {
      skipList(() -> {
        skipEach(2);
        skipStrings();
        skipStrings();
        skipStrings();
      });
    }

    /**
     * Moves from the figid to just past the genes: the five strings figid, title, year, pmcid and
     * filename, the organisms, the genes ({@link #encode}'s order).
     */
    void skipFigidToGenes() {
      skipEach(5);
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
      return list(Redirect[]::new, () -> new Redirect(string(), pos(file)));
    }

    void skipRedirects() {
      skipList(() -> {
        skipString();
        skipPos();
      });
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
