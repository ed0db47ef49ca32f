package org.figsite.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.figsite.index.FigureSummary;

/**
 * What the previous build knew, kept beside the output folder so that the next build can redo
 * only what changed: the settings it was made with, the identity of the output folder it wrote,
 * each record file's stamp, and the paths of the site-wide pages. The records' encoded summaries
 * live in a second file that is mapped, not read: an incremental build where no summary changed
 * (a caption edit) touches only the small first file.
 *
 * <p>Both files are replaced atomically, the summaries first; a missing, unreadable or mismatched
 * cache only means a full build.
 */
public final class BuildCache {
  private static final int MAGIC = 0x46534333; // "FSC3"
  private static final int FORMAT = 3;

  /**
   * One record file as last built.
   *
   * @param summary the encoded {@link FigureSummary}
   * @param offset where it lies in the current summaries file, or -1 when it is new
   */
  public record Entry(SourceStamp stamp, ByteBuffer summary, long offset) {
    public static Entry fresh(SourceStamp stamp, byte[] summary) {
      return new Entry(stamp, ByteBuffer.wrap(summary), -1);
    }

    public FigureSummary decode() {
      return SummaryCodec.decode(summary.duplicate());
    }

    public boolean sameSummary(byte[] other) {
      return summary.duplicate().equals(ByteBuffer.wrap(other));
    }
  }

  private final String settingsKey;
  private final String outputIdentity;
  private final String pagesKey;
  private final String summariesName;
  private final List<Entry> entries;
  /** The site-wide paths, parsed on first use: a caption edit never needs them. */
  private List<String> sitePaths;
  /** The encoded paths as read, written back as they are when nobody parsed or replaced them. */
  private ByteBuffer sitePathsRaw;

  public BuildCache(String settingsKey, String outputIdentity, String pagesKey, List<Entry> entries,
      List<String> sitePaths) {
    this(settingsKey, outputIdentity, pagesKey, "", entries, sitePaths);
  }

  private BuildCache(String settingsKey, String outputIdentity, String pagesKey, String summariesName,
      List<Entry> entries, List<String> sitePaths) {
    this.settingsKey = settingsKey;
    this.outputIdentity = outputIdentity;
    this.pagesKey = pagesKey;
    this.summariesName = summariesName;
    this.entries = entries;
    this.sitePaths = sitePaths;
  }

  /** The same cache with new contents, keeping track of the summaries file it may reuse. */
  public BuildCache next(String identity, String newPagesKey, List<Entry> newEntries, List<String> newSitePaths) {
    BuildCache next = new BuildCache(settingsKey, identity, newPagesKey, summariesName, newEntries, newSitePaths);
    if (newSitePaths == null) next.sitePathsRaw = sitePathsRaw;
    return next;
  }

  public String settingsKey() {
    return settingsKey;
  }

  public String outputIdentity() {
    return outputIdentity;
  }

  public String pagesKey() {
    return pagesKey;
  }

  /** One entry per record file, sorted by file name (the order builds list them in). */
  public List<Entry> entries() {
    return entries;
  }

  /** The paths the site-wide stage wrote (stubs, listings, search, sitemaps…), to delete the ones that go away. */
  public List<String> sitePaths() {
    if (sitePaths == null) {
      ByteBuffer in = sitePathsRaw.duplicate();
      int m = in.getInt();
      List<String> paths = new ArrayList<>(m);
      for (int i = 0; i < m; i++) paths.add(string(in));
      sitePaths = paths;
    }
    return sitePaths;
  }

  /** The cache file for an output folder: a hidden sibling, like the lock and staging folder. */
  public static Path fileFor(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".figsite-cache");
  }

  public static Optional<BuildCache> read(Path file) {
    try {
      // One read and a hand-rolled decoder: at 100,000 records this file is most of what a
      // no-change build reads, and DataInputStream.readUTF per name was a third of that.
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (in.getInt() != MAGIC || in.getInt() != FORMAT) return Optional.empty();
      String key = string(in);
      String identity = string(in);
      String pages = string(in);
      String summariesName = string(in);
      ByteBuffer summaries;
      try (FileChannel ch = FileChannel.open(file.resolveSibling(summariesName), StandardOpenOption.READ)) {
        summaries = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      }
      int n = in.getInt();
      List<Entry> entries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String name = string(in);
        long size = in.getLong();
        long mtime = in.getLong();
        long offset = in.getLong();
        int length = in.getInt();
        ByteBuffer slice = summaries.slice((int) offset, length).asReadOnlyBuffer();
        entries.add(new Entry(new SourceStamp(name, size, mtime), slice, offset));
      }
      BuildCache cache = new BuildCache(key, identity, pages, summariesName, entries, null);
      cache.sitePathsRaw = in.slice();
      return Optional.of(cache);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String string(ByteBuffer in) {
    int n = in.getInt();
    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /**
   * Writes the cache: a new summaries file unless every entry still lies where the current one
   * has it, then the stamps file over the old one, then removes the summaries file no longer used.
   */
  public void write(Path file) throws IOException {
    List<Entry> inOrder = entries;
    boolean reuse = !summariesName.isEmpty() && Files.exists(file.resolveSibling(summariesName));
    for (Entry e : inOrder) {
      if (e.offset() < 0) {
        reuse = false;
        break;
      }
    }
    String name = reuse ? summariesName : nextSummariesName(file);
    long[] offsets = new long[inOrder.size()];
    if (reuse) {
      int i = 0;
      for (Entry e : inOrder) offsets[i++] = e.offset();
    } else {
      Path tmp = file.resolveSibling(name + ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        long pos = 0;
        int i = 0;
        for (Entry e : inOrder) {
          offsets[i++] = pos;
          ByteBuffer b = e.summary().duplicate();
          while (b.hasRemaining()) pos += ch.write(b);
        }
      }
      Files.move(tmp, file.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      string(out, settingsKey);
      string(out, outputIdentity);
      string(out, pagesKey);
      string(out, name);
      out.writeInt(inOrder.size());
      int i = 0;
      for (Entry e : inOrder) {
        string(out, e.stamp().name());
        out.writeLong(e.stamp().size());
        out.writeLong(e.stamp().mtimeNanos());
        out.writeLong(offsets[i++]);
        out.writeInt(e.summary().remaining());
      }
      if (sitePaths == null) {
        ByteBuffer paths = sitePathsRaw.duplicate();
        out.write(paths.array(), paths.arrayOffset() + paths.position(), paths.remaining());
      } else {
        out.writeInt(sitePaths.size());
        for (String p : sitePaths) string(out, p);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (!reuse && !summariesName.isEmpty()) Files.deleteIfExists(file.resolveSibling(summariesName));
  }

  private String nextSummariesName(Path file) {
    int gen = 0;
    int dash = summariesName.lastIndexOf('-');
    if (dash >= 0) {
      try {
        gen = Integer.parseInt(summariesName.substring(dash + 1)) + 1;
      } catch (NumberFormatException e) {
        gen = 0;
      }
    }
    return file.getFileName() + ".summaries-" + gen;
  }

  /** Removes the cache (when a build could not keep it consistent). */
  public static void delete(Path file) {
    Optional<BuildCache> c = read(file);
    try {
      Files.deleteIfExists(file);
      if (c.isPresent() && !c.get().summariesName.isEmpty()) Files.deleteIfExists(file.resolveSibling(c.get().summariesName));
    } catch (IOException e) {
      // a stale cache is caught by its output identity
    }
  }
}
