package org.figsite.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.figsite.diag.SourcePos;
import org.figsite.index.FigureSummary;
import org.figsite.model.Redirect;
import org.figsite.model.Term;

/**
 * Turns a {@link FigureSummary} into bytes and back, for the build cache. Two summaries with
 * equal bytes lead to equal pages everywhere but on the figure's own page, which is how an
 * incremental build knows that a change stays on one page.
 */
public final class SummaryCodec {
  private SummaryCodec() {}

  public static byte[] encode(FigureSummary s) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(buf)) {
      writePos(out, s.figidPos());
      out.writeUTF(s.sourcePath());
      out.writeUTF(s.figid());
      writeLong(out, s.title());
      out.writeUTF(s.year());
      out.writeUTF(s.pmcid());
      out.writeUTF(s.filename());
      writeList(out, s.organisms());
      writeList(out, s.geneSymbols());
      writeList(out, s.geneSymbolEntrez());
      writeList(out, s.entrezIds());
      writeTerms(out, s.chemicals());
      writeTerms(out, s.diseases());
      out.writeInt(s.redirects().size());
      for (Redirect r : s.redirects()) {
        out.writeUTF(r.path());
        writePos(out, r.pos());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  public static FigureSummary decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      SourcePos figidPos = readPos(in);
      String source = in.readUTF();
      String figid = in.readUTF();
      String title = readLong(in);
      String year = in.readUTF();
      String pmcid = in.readUTF();
      String filename = in.readUTF();
      List<String> organisms = readList(in);
      List<String> symbols = readList(in);
      List<String> symbolEntrez = readList(in);
      List<String> entrez = readList(in);
      List<Term> chemicals = readTerms(in);
      List<Term> diseases = readTerms(in);
      int n = in.readInt();
      List<Redirect> redirects = new ArrayList<>(n);
      for (int i = 0; i < n; i++) redirects.add(new Redirect(in.readUTF(), readPos(in)));
      return new FigureSummary(source, figidPos, figid, title, year, pmcid, filename, organisms, symbols,
          symbolEntrez, entrez, chemicals, diseases, List.copyOf(redirects));
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt cache entry", e);
    }
  }

  private static void writePos(DataOutput out, SourcePos p) throws IOException {
    out.writeUTF(p.file());
    out.writeInt(p.line());
    out.writeInt(p.col());
  }

  private static SourcePos readPos(DataInput in) throws IOException {
    return new SourcePos(in.readUTF(), in.readInt(), in.readInt());
  }

  /** writeUTF is limited to 64 KB; titles are free text and may be longer. */
  private static void writeLong(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLong(DataInput in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void writeList(DataOutput out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) writeLong(out, s);
  }

  private static List<String> readList(DataInput in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(readLong(in));
    return List.copyOf(out);
  }

  private static void writeTerms(DataOutput out, List<Term> terms) throws IOException {
    out.writeInt(terms.size());
    for (Term t : terms) {
      writeLong(out, t.word());
      writeLong(out, t.source());
      writeLong(out, t.identifier());
    }
  }

  private static List<Term> readTerms(DataInput in) throws IOException {
    int n = in.readInt();
    List<Term> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(new Term(readLong(in), readLong(in), readLong(in)));
    return List.copyOf(out);
  }
}
