package org.figsite.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.figsite.index.Facet;
import org.figsite.index.FigureBrief;
import org.figsite.index.SearchTokens;
import org.figsite.index.SiteIndex;
import org.figsite.write.OutputTree;

/**
 * Writes the static search index under {@code /search/}, split so that a query downloads only
 * what it needs:
 *
 * <ul>
 *   <li>{@code manifest.json}: the number of figures, the metadata block size, the tokenising rules
 *       and the list of token shards;
 *   <li>{@code t/<prefix>.json}: every token starting with the prefix, with the figures whose gene
 *       symbols ({@code g}), printed words ({@code w}, OCR words that are not one of the figure's
 *       symbols), title ({@code t}) or organisms ({@code o}) contain it. Shards start
 *       at two characters and are split one character further while bigger than {@link
 *       #MAX_SHARD_BYTES};
 *   <li>{@code meta/<n>.json}: figid, title, year and organisms of figures {@code n*block} to
 *       {@code (n+1)*block - 1}; with thumbnails on, a fifth element where the image is not where
 *       {@code thumbs.js} finds it from the figid ({@link FigureCard#thumbDerived}): its path below
 *       PMC's articles, or "" for none;
 *   <li>{@code organisms/<slug>.json}: the figures of one organism, for the organism filter.
 * </ul>
 *
 * <p>Figures are numbered newest first (the order of {@link SiteIndex#newestFirst()}), so a
 * result list sorted by number shows recent figures first and its first page touches few
 * metadata blocks. A set of figure numbers is written as a JSON array of gaps ({@code [3,1,7]} is
 * 3, 4, 11), or, when shorter, as a base64 string of a bitmap (bit {@code n % 8} of byte {@code n
 * / 8}).
 */
public final class SearchIndexWriter {
  public static final int MAX_SHARD_BYTES = 48 * 1024;
  public static final int META_BLOCK = 32;
  private static final int MAX_PREFIX = 8;
  private static final JsonFactory JSON = new JsonFactory();

  private final SiteIndex index;
  private final int[] numberOf;
  private final int figureCount;
  private final boolean thumbnails;

  /** @param thumbnails whether search results show thumbnails ({@code thumbnails} in figsite.yml) */
  public SearchIndexWriter(SiteIndex index, boolean thumbnails) {
    this.index = index;
    this.thumbnails = thumbnails;
    this.figureCount = index.figureCount();
    this.numberOf = new int[figureCount];
    int[] order = index.newestFirst();
    for (int n = 0; n < order.length; n++) numberOf[order[n]] = n;
  }

  /** @return the number of files written */
  public int write(OutputTree out) throws IOException {
    SearchPostings postings = new SearchPostings(index, numberOf);
    String[] tokens = postings.tokens();
    List<Shard> shards = new ArrayList<>();
    int[] sizes = new int[tokens.length];
    int files = 0;
    // Token by token within each two-character prefix, the shards of which do not depend on any
    // other prefix: only one prefix's entries are held at a time.
    for (int i = 0; i < tokens.length; ) {
      String prefix = tokens[i].substring(0, Math.min(2, tokens[i].length()));
      int j = i;
      while (j < tokens.length && prefix(tokens[j], prefix.length()).equals(prefix)) j++;
      byte[][] entries = new byte[j - i][];
      for (int k = i; k < j; k++) {
        entries[k - i] = entry(tokens[k], postings.entry(tokens[k]));
        sizes[k] = entries[k - i].length;
      }
      int first = shards.size();
      split(tokens, sizes, i, j, prefix, shards);
      for (Shard s : shards.subList(first, shards.size())) {
        int base = i;
        out.stream("/search/t/" + SearchTokens.shardName(s.prefix) + ".json", o -> {
          o.write('{');
          for (int k = s.from; k < s.to; k++) {
            if (k > s.from) o.write(',');
            o.write(entries[k - base]);
          }
          o.write('}');
          o.write('\n');
        });
        files++;
      }
      i = j;
    }
    files += writeMeta(out);
    files += writeOrganisms(out);
    writeManifest(out, shards);
    return files + 1;
  }

  /**
   * Splits the tokens {@code [from, to)}, which all start with {@code prefix}, into shards no
   * bigger than the limit where their length allows: a token equal to the prefix stays in the
   * prefix's shard, the others go one character deeper.
   */
  private static void split(String[] tokens, int[] sizes, int from, int to, String prefix, List<Shard> out) {
    long total = 0;
    for (int i = from; i < to; i++) total += sizes[i] + 1;
    if (total <= MAX_SHARD_BYTES || prefix.length() >= MAX_PREFIX || to - from == 1) {
      out.add(new Shard(prefix, from, to));
      return;
    }
    int i = from;
    if (tokens[i].length() == prefix.length()) {
      out.add(new Shard(prefix, i, i + 1));
      i++;
    }
    while (i < to) {
      String p = prefix(tokens[i], prefix.length() + 1);
      int j = i;
      while (j < to && prefix(tokens[j], p.length()).equals(p)) j++;
      split(tokens, sizes, i, j, p, out);
      i = j;
    }
  }

  private static String prefix(String token, int len) {
    return token.length() <= len ? token : token.substring(0, len);
  }

  /** {@code "token":{"s":"Symbol","g":…,"t":…,"o":…}} as UTF-8. */
  private byte[] entry(String token, SearchPostings.Entry p) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(64);
    try (JsonGenerator g = JSON.createGenerator(buf, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeFieldName(token);
      g.writeStartObject();
      if (p.symbol() != null) g.writeStringField("s", p.symbol());
      if (p.genes().length > 0) writeSet(g, "g", p.genes());
      if (p.printed().length > 0) writeSet(g, "w", p.printed());
      if (p.title().length > 0) writeSet(g, "t", p.title());
      if (p.organisms().length > 0) writeSet(g, "o", p.organisms());
      g.writeEndObject();
      g.writeEndObject();
    }
    byte[] b = buf.toByteArray();
    return Arrays.copyOfRange(b, 1, b.length - 1);
  }

  /** A sorted set of figure numbers: gaps as a JSON array, or a base64 bitmap when that is shorter. */
  private void writeSet(JsonGenerator g, String field, int[] set) throws IOException {
    g.writeFieldName(field);
    long listBytes = 2;
    int prev = 0;
    for (int v : set) {
      listBytes += digits(v - prev) + 1;
      prev = v;
    }
    long bitmapBytes = 4L * ((figureCount + 7) / 8 + 2) / 3 + 2;
    if (bitmapBytes < listBytes) {
      byte[] bits = new byte[(figureCount + 7) / 8];
      for (int v : set) bits[v >> 3] |= (byte) (1 << (v & 7));
      g.writeString(Base64.getEncoder().encodeToString(bits));
      return;
    }
    g.writeStartArray();
    prev = 0;
    for (int v : set) {
      g.writeNumber(v - prev);
      prev = v;
    }
    g.writeEndArray();
  }

  private static int digits(int v) {
    return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : 10;
  }

  private int writeMeta(OutputTree out) throws IOException {
    int[] order = index.newestFirst();
    int files = 0;
    for (int b = 0; b * META_BLOCK < order.length; b++) {
      int block = b;
      out.stream("/search/meta/" + block + ".json", o -> {
        JsonGenerator g = JSON.createGenerator(o, JsonEncoding.UTF8);
        g.writeStartArray();
        for (int n = block * META_BLOCK; n < Math.min(order.length, (block + 1) * META_BLOCK); n++) {
          FigureBrief f = index.brief(order[n]);
          g.writeStartArray();
          g.writeString(f.figid());
          g.writeString(f.title());
          g.writeString(f.year());
          g.writeString(String.join(", ", f.organisms()));
          if (thumbnails && !FigureCard.thumbDerived(f.figid(), f.pmcid(), f.filename())) {
            g.writeString(FigureCard.thumbPath(f.pmcid(), f.filename()));
          }
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeRaw('\n');
        g.close();
      });
      files++;
    }
    return files;
  }

  private int writeOrganisms(OutputTree out) throws IOException {
    for (Facet o : index.organisms()) {
      int[] numbers = new int[o.figures().length];
      for (int i = 0; i < numbers.length; i++) numbers[i] = numberOf[o.figures()[i]];
      Arrays.sort(numbers);
      int unique = 0;
      for (int i = 0; i < numbers.length; i++) if (i == 0 || numbers[i] != numbers[unique - 1]) numbers[unique++] = numbers[i];
      int[] set = Arrays.copyOf(numbers, unique);
      out.stream("/search/organisms/" + o.key() + ".json", os -> {
        JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("name", o.label());
        writeSet(g, "f", set);
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
      });
    }
    return index.organisms().size();
  }

  private void writeManifest(OutputTree out, List<Shard> shards) throws IOException {
    out.stream("/search/manifest.json", o -> {
      JsonGenerator g = JSON.createGenerator(o, JsonEncoding.UTF8);
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeNumberField("figures", figureCount);
      g.writeNumberField("block", META_BLOCK);
      g.writeNumberField("minLength", SearchTokens.MIN_LENGTH);
      g.writeArrayFieldStart("stop");
      for (String s : SearchTokens.STOP_WORDS) g.writeString(s);
      g.writeEndArray();
      g.writeArrayFieldStart("shards");
      for (Shard s : shards) g.writeString(s.prefix);
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      g.close();
    });
  }

  private record Shard(String prefix, int from, int to) {}
}
