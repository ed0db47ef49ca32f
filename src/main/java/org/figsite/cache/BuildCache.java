package org.figsite.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
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
import org.figsite.load.FileStamps;
import org.figsite.load.PackedStrings;

/**
 * What the previous build knew, kept beside the output folder so that the next build can redo
 * only what changed: the settings it was made with, the identity of the output folder it wrote,
 * each record file's stamp (name, size, modification time), and the paths of the site-wide pages.
 * The records' encoded summaries live in a second file that is mapped, not read: an incremental
 * build where no summary changed (a caption edit) touches only the small first file. A full build
 * writes its summaries straight into that second file as it goes ({@link SummaryWriter}).
 *
 * <p>Entries are held as arrays, one element per record file, sorted by file name (the order
 * builds list them in); entry {@code j}'s summary is slot {@code j} of {@link #summaries()}.
 *
 * <p>Both files are replaced atomically, the summaries first; a missing, unreadable or mismatched
 * cache only means a full build.
 *
 * <p>Both are checked: the cache file ends with the CRC-32C of everything before it, and each
 * summary is followed by its own ({@link SummaryBlocks}). A mismatch ({@link CacheDamaged}) also
 * means a full build, with a one-line note.
 *
 * <p>The cache file, format 6, big-endian:
 *
 * <pre>
 * int magic, int format; string settingsKey, outputIdentity, pagesKey, summariesName; int n;
 * n entries: string name, long size, long mtime, long offset, int length   ({@link #writeEntry})
 * int m; m strings: the site-wide paths
 * int CRC-32C of all the bytes above
 * </pre>
 *
 * A string is an int length and that many bytes of UTF-8.
 */
public final class BuildCache extends FileStamps {
  static final int MAGIC = 0x46534333; // "FSC3"
  /**
   * 5: checksums (4), and summaries hold the figure's printed-word search tokens; 6: and the
   * record's {@code last_modified_at}.
   */
  static final int FORMAT = 6;
  private static final int CHECKSUM_BYTES = 4;

  private final String settingsKey;
  private String outputIdentity;
  private final String pagesKey;
  /** The summaries file the entries point into. */
  private final SummariesFile summariesFile;
  private final StoredSummaries summaries;
  /**
   * Where in the file each entry's size and date lie, for a cache read from disk (else null): a
   * build that changed only some records' stamps rewrites those 16 bytes instead of the file.
   */
  private int[] stampAt;
  /** The file's bytes as read (else null), kept to recompute its checksum after a patch. */
  private byte[] raw;
  /** Where in the file the output identity's bytes lie, for a cache read from disk. */
  private int identityAt = -1;
  /** The site-wide paths, parsed on first use: a caption edit never needs them. */
  private List<String> sitePaths;
  /** The encoded paths as read, written back as they are when nobody parsed or replaced them. */
  private ByteBuffer sitePathsRaw;

  private BuildCache(String settingsKey, String outputIdentity, String pagesKey, SummariesFile summariesFile,
      PackedStrings names, long[] sizes, long[] mtimes, StoredSummaries summaries,
      List<String> sitePaths) {
    super(names, sizes, mtimes);
    this.settingsKey = settingsKey;
    this.outputIdentity = outputIdentity;
    this.pagesKey = pagesKey;
    this.summariesFile = summariesFile;
    if (summaries.slots() != names.size()) throw new IllegalArgumentException("one summary per entry");
    this.summaries = summaries;
    this.sitePaths = sitePaths;
  }

  /**
   * The cache after a full build, whose summaries were written into {@code summariesFile} (see
   * {@link #summariesFileFor}) by a {@link SummaryWriter}.
   *
   * @param summaries one slot per entry, each lying in {@code summariesFile}
   */
  public static BuildCache afterFullBuild(String settingsKey, String outputIdentity, String pagesKey,
      Path summariesFile, PackedStrings names, long[] sizes, long[] mtimes, StoredSummaries summaries,
      List<String> sitePaths) {
    return new BuildCache(settingsKey, outputIdentity, pagesKey,
        new SummariesFile(summariesFile.getFileName().toString(), summaries.file()), names, sizes, mtimes, summaries, sitePaths);
  }

  /** The same cache with new contents, keeping track of the summaries file it may reuse. */
  public BuildCache next(String identity, String newPagesKey, PackedStrings newNames, long[] newSizes,
      long[] newMtimes, StoredSummaries newSummaries, List<String> newSitePaths) {
    BuildCache next = new BuildCache(settingsKey, identity, newPagesKey, summariesFile, newNames, newSizes,
        newMtimes, newSummaries, newSitePaths);
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

  /** The entries' summaries: slot j is entry j's. */
  public StoredSummaries summaries() {
    return summaries;
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

  /** Where a full build writes its summaries: the first generation of the cache's summaries file. */
  public static Path summariesFileFor(Path cacheFile) {
    return cacheFile.resolveSibling(cacheFile.getFileName() + ".summaries-0");
  }

  /**
   * The cache in {@code file}; empty when there is none, or one of another format.
   *
   * @throws CacheDamaged when the file is of this format but does not match its checksums
   */
  public static Optional<BuildCache> read(Path file) {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    // One read and a hand-rolled decoder: at 100,000 records this file is most of what a
    // no-change build reads, and DataInputStream.readUTF per name was a third of that.
    ByteBuffer in = ByteBuffer.wrap(raw);
    if (raw.length < 8 || in.getInt() != MAGIC || in.getInt() != FORMAT) return Optional.empty();
    if (raw.length < 8 + CHECKSUM_BYTES || checksum(raw, raw.length - CHECKSUM_BYTES) != in.getInt(raw.length - CHECKSUM_BYTES)) {
      throw new CacheDamaged(file.getFileName() + " does not match its checksum");
    }
    in.limit(raw.length - CHECKSUM_BYTES);
    try {
      String key = string(in);
      int identityAt = in.position() + 4;
      String identity = string(in);
      String pages = string(in);
      String summariesName = string(in);
      MappedFile mapped = MappedFile.map(file.resolveSibling(summariesName));
      int n = in.getInt();
      PackedStrings.Builder names = new PackedStrings.Builder(n);
      long[] sizes = new long[n];
      long[] mtimes = new long[n];
      long[] offsets = new long[n];
      int[] lengths = new int[n];
      int[] stampAt = new int[n];
      for (int i = 0; i < n; i++) {
        int len = in.getInt();
        names.addUtf8(in.array(), in.position(), len);
        in.position(in.position() + len);
        stampAt[i] = in.position();
        sizes[i] = in.getLong();
        mtimes[i] = in.getLong();
        offsets[i] = in.getLong();
        lengths[i] = in.getInt();
        if (offsets[i] < 0 || lengths[i] <= 0
            || offsets[i] + lengths[i] + SummaryBlocks.CHECKSUM_BYTES > mapped.size()) {
          throw new CacheDamaged(summariesName + " is shorter than " + file.getFileName() + " says");
        }
      }
      BuildCache cache = new BuildCache(key, identity, pages, new SummariesFile(summariesName, mapped), names.build(),
          sizes, mtimes, new StoredSummaries(mapped, offsets, lengths, null), null);
      cache.sitePathsRaw = in.slice();
      cache.stampAt = stampAt;
      cache.raw = raw;
      cache.identityAt = identityAt;
      return Optional.of(cache);
    } catch (IOException e) {
      throw new CacheDamaged("cannot read " + file.getFileName() + "'s summaries file: " + e.getMessage());
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      // The checksum matched and the format is this code's, yet the file does not decode: said,
      // not hidden (the build goes on as a full one), since it means a writer and reader that
      // disagree without a format bump.
      throw new CacheDamaged("cannot decode " + file.getFileName() + " (" + e + ")");
    }
  }

  private static int checksum(byte[] b, int length) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(b, 0, length);
    return (int) crc.getValue();
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
   * Records new sizes and dates for some entries in the file this cache was read from, in place:
   * for a build where only those records' files changed and nothing else about the cache did
   * (their summaries, the entry list, the site-wide paths, the output). Rewriting the 10 MB file
   * for that was a tenth of a one-record build at 100,000 records.
   *
   * <p>Not atomic, and need not be: a stamp half written, or not written before a crash, matches
   * no file, so the next build reads that record again and writes the same page.
   *
   * <p>The output's new identity is written last, in place of the old one: until it is, the cache
   * does not match the output, and the next build is a full one.
   *
   * @return false when this cache was not read from a file, or the new identity is not as long as
   *     the old one (nothing is written; use write())
   */
  public boolean patchStamps(Path file, int[] entries, long[] newSizes, long[] newMtimes, String newIdentity)
      throws IOException {
    byte[] identity = newIdentity.getBytes(StandardCharsets.UTF_8);
    if (stampAt == null || identity.length != outputIdentity.getBytes(StandardCharsets.UTF_8).length) return false;
    ByteBuffer whole = ByteBuffer.wrap(raw);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      for (int k = 0; k < entries.length; k++) {
        int e = entries[k];
        whole.putLong(stampAt[e], newSizes[k]).putLong(stampAt[e] + 8, newMtimes[k]);
        writeAt(ch, ByteBuffer.wrap(raw, stampAt[e], 16), stampAt[e]);
        sizes[e] = newSizes[k];
        mtimes[e] = newMtimes[k];
      }
      System.arraycopy(identity, 0, raw, identityAt, identity.length);
      writeAt(ch, ByteBuffer.wrap(raw, identityAt, identity.length), identityAt);
      // The checksum last: a patch cut short fails it, and the next build is a full one.
      int end = raw.length - CHECKSUM_BYTES;
      whole.putInt(end, checksum(raw, end));
      writeAt(ch, ByteBuffer.wrap(raw, end, CHECKSUM_BYTES), end);
    }
    outputIdentity = newIdentity;
    return true;
  }

  private static void writeAt(FileChannel ch, ByteBuffer b, long at) throws IOException {
    for (long pos = at; b.hasRemaining(); ) pos += ch.write(b, pos);
  }

  /**
   * Writes the cache: a new summaries file unless every entry still lies in the current one, then
   * the stamps file over the old one, then removes the summaries file no longer used.
   */
  public void write(Path file) throws IOException {
    int n = names.size();
    MappedFile current = summariesFile.mapped();
    boolean reuse = current != null && summaries.allIn(current) && Files.exists(file.resolveSibling(summariesFile.name()));
    String name = reuse ? summariesFile.name() : nextSummariesName(file);
    long[] offsets = new long[n];
    if (reuse) {
      for (int i = 0; i < n; i++) offsets[i] = summaries.offset(i);
    } else {
      Path tmp = file.resolveSibling(name + ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        byte[] scratch = new byte[4096];
        long pos = 0;
        for (int i = 0; i < n; i++) {
          offsets[i] = pos;
          ByteBuffer b = summaries.bytes(i);
          int len = b.remaining();
          if (scratch.length < len + SummaryBlocks.CHECKSUM_BYTES) scratch = new byte[len + SummaryBlocks.CHECKSUM_BYTES];
          b.get(scratch, 0, len);
          ByteBuffer.wrap(scratch, len, SummaryBlocks.CHECKSUM_BYTES).putInt(SummaryBlocks.checksum(ByteBuffer.wrap(scratch, 0, len)));
          out.write(scratch, 0, len + SummaryBlocks.CHECKSUM_BYTES);
          pos += len + SummaryBlocks.CHECKSUM_BYTES;
        }
      }
      Files.move(tmp, file.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    try (OutputStream raw = Files.newOutputStream(tmp);
        DataOutputStream checked = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(checked, crc))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      string(out, settingsKey);
      string(out, outputIdentity);
      string(out, pagesKey);
      string(out, name);
      out.writeInt(n);
      for (int i = 0; i < n; i++) writeEntry(out, names.get(i), sizes[i], mtimes[i], offsets[i], summaries.length(i));
      if (sitePaths == null) {
        ByteBuffer paths = sitePathsRaw.duplicate();
        out.write(paths.array(), paths.arrayOffset() + paths.position(), paths.remaining());
      } else {
        out.writeInt(sitePaths.size());
        for (String p : sitePaths) string(out, p);
      }
      out.flush();
      checked.writeInt((int) crc.getValue());
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (!reuse && !summariesFile.name().isEmpty()) Files.deleteIfExists(file.resolveSibling(summariesFile.name()));
  }

  /**
   * One entry of the cache file. Its size and date come first after the name, at the offset
   * {@link #patchStamps} rewrites; {@link #read} decodes the same fields in the same order.
   */
  private static void writeEntry(DataOutputStream out, String name, long size, long mtime, long offset, int length)
      throws IOException {
    string(out, name);
    out.writeLong(size);
    out.writeLong(mtime);
    out.writeLong(offset);
    out.writeInt(length);
  }

  private String nextSummariesName(Path file) {
    String summariesName = summariesFile.name();
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
    try {
      Optional<String> summariesName = summariesNameIn(file);
      Files.deleteIfExists(file);
      if (summariesName.isPresent() && !summariesName.get().isEmpty()) {
        Files.deleteIfExists(file.resolveSibling(summariesName.get()));
      }
      // Generations a killed build or an older figsite left behind.
      try (java.nio.file.DirectoryStream<Path> ds =
          Files.newDirectoryStream(file.toAbsolutePath().getParent(), file.getFileName() + ".summaries-*")) {
        for (Path p : ds) Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a stale cache is caught by its output identity
    }
  }

  /** The summaries file a cache file names, read from its header alone. */
  private static Optional<String> summariesNameIn(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 4096))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) return Optional.empty();
      String name = "";
      for (int i = 0; i < 4; i++) {
        int len = in.readInt();
        if (len < 0 || len > 1 << 16) return Optional.empty();
        byte[] b = new byte[len];
        in.readFully(b);
        name = new String(b, StandardCharsets.UTF_8);
      }
      return Optional.of(name);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The summaries file a cache's entries point into, a sibling of the cache file ("" for none), and
   * that file mapped (null for none). A build that leaves every summary where it was keeps the file.
   */
  private record SummariesFile(String name, MappedFile mapped) {}
}
