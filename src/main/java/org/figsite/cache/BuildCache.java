package org.figsite.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the previous build knew, kept beside the output folder so that the next build can redo
 * only what changed: the settings it was made with, the identity of the output folder it wrote,
 * and for each record file its stamp and encoded summary, plus the paths of the site-wide pages.
 *
 * <p>The file is replaced atomically at the end of a successful build; a missing, unreadable or
 * mismatched cache only means a full build.
 */
public final class BuildCache {
  private static final int MAGIC = 0x46534331; // "FSC1"
  private static final int FORMAT = 1;

  /** One record file as last built. */
  public record Entry(SourceStamp stamp, byte[] summary) {}

  private final String settingsKey;
  private final String outputIdentity;
  private final String pagesKey;
  private final Map<String, Entry> entries;
  private final List<String> sitePaths;

  public BuildCache(String settingsKey, String outputIdentity, String pagesKey, Map<String, Entry> entries,
      List<String> sitePaths) {
    this.settingsKey = settingsKey;
    this.outputIdentity = outputIdentity;
    this.pagesKey = pagesKey;
    this.entries = entries;
    this.sitePaths = sitePaths;
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

  /** Record file name → entry. */
  public Map<String, Entry> entries() {
    return entries;
  }

  /** The paths the site-wide stage wrote (stubs, listings, search, sitemaps…), to delete the ones that go away. */
  public List<String> sitePaths() {
    return sitePaths;
  }

  /** The cache file for an output folder: a hidden sibling, like the lock and staging folder. */
  public static Path fileFor(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".figsite-cache");
  }

  public static Optional<BuildCache> read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) return Optional.empty();
      String key = in.readUTF();
      String identity = in.readUTF();
      String pages = in.readUTF();
      int n = in.readInt();
      Map<String, Entry> entries = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String name = in.readUTF();
        long size = in.readLong();
        long mtime = in.readLong();
        byte[] summary = new byte[in.readInt()];
        in.readFully(summary);
        entries.put(name, new Entry(new SourceStamp(name, size, mtime), summary));
      }
      int m = in.readInt();
      List<String> paths = new ArrayList<>(m);
      for (int i = 0; i < m; i++) paths.add(in.readUTF());
      return Optional.of(new BuildCache(key, identity, pages, entries, paths));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes the cache next to its final name and renames it over, so a reader never sees half. */
  public void write(Path file, Collection<Entry> inOrder) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(settingsKey);
      out.writeUTF(outputIdentity);
      out.writeUTF(pagesKey);
      out.writeInt(inOrder.size());
      for (Entry e : inOrder) {
        out.writeUTF(e.stamp().name());
        out.writeLong(e.stamp().size());
        out.writeLong(e.stamp().mtimeNanos());
        out.writeInt(e.summary().length);
        out.write(e.summary());
      }
      out.writeInt(sitePaths.size());
      for (String p : sitePaths) out.writeUTF(p);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes the cache (when a build could not keep it consistent). */
  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a stale cache is caught by its output identity
    }
  }
}
