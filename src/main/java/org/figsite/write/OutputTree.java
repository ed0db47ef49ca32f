package org.figsite.write;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A folder being filled with the site's files. Paths are site-relative ({@code /figures/x.html})
 * and are checked to stay inside the folder whatever they contain. Thread-safe: rendering workers
 * write concurrently.
 *
 * <p>Three ways to write, one per situation:
 *
 * <ul>
 *   <li>{@link #staging}: a fresh folder that will be swapped in whole (full builds);
 *   <li>{@link #inPlace}: changes to the published folder (incremental builds): a file whose
 *       bytes change is written to a pending folder and a deletion is noted, and nothing in the
 *       published folder changes until {@link SiteChanges#commit}; untouched files keep their
 *       dates;
 *   <li>{@link #inMemory}: nothing touches the disk until {@link #flushTo} — for the pages of changed
 *       records, held back until the whole incremental build has been checked.
 * </ul>
 */
public final class OutputTree {
  private enum Mode { STAGING, IN_PLACE, MEMORY }

  private final Path root;
  private final Mode mode;
  private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
  private final LongAdder files = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  /** {@link #bytes} by {@link SitePart}, indexed by ordinal. */
  private final LongAdder[] partBytes = newAdders();
  private final LongAdder changed = new LongAdder();
  /** The files held back (MEMORY). */
  private final Map<String, byte[]> held = new ConcurrentSkipListMap<>();
  /** Every path written through this tree, when it tracks them. */
  private final PathLog written = new PathLog();

  private final boolean trackPaths;
  /** The held-back changes to the published folder (IN_PLACE), else null. */
  private final SiteChanges changes;

  private OutputTree(Path root, Mode mode, boolean trackPaths, SiteChanges changes) {
    this.root = root.toAbsolutePath().normalize();
    this.mode = mode;
    this.trackPaths = trackPaths;
    this.changes = changes;
    dirs.add(this.root);
  }

  /**
   * Another tree on the same folder, in the same mode, with counts of its own: for the site-wide
   * pages. With {@code trackPaths} it remembers every path written through it ({@link
   * #writtenPaths}), which the next incremental build needs in order to delete the pages that go
   * away.
   */
  public OutputTree sibling(boolean trackPaths) {
    return new OutputTree(root, mode, trackPaths, changes);
  }

  public static OutputTree staging(Path root) {
    return new OutputTree(root, Mode.STAGING, false, null);
  }

  /** Changes to the published folder {@code changes.site()}, held back until they are committed. */
  public static OutputTree inPlace(SiteChanges changes) {
    return new OutputTree(changes.site(), Mode.IN_PLACE, false, changes);
  }

  public static OutputTree inMemory(Path root) {
    return new OutputTree(root, Mode.MEMORY, false, null);
  }

  public Path root() {
    return root;
  }

  public void write(String sitePath, String text) throws IOException {
    write(sitePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String sitePath, byte[] data) throws IOException {
    Path target = resolve(sitePath);
    files.increment();
    count(sitePath, data.length);
    switch (mode) {
      case STAGING -> {
        if (trackPaths) written.add(sitePath);
        ensureParent(target);
        writeWhole(target, data);
        changed.increment();
      }
      case MEMORY -> held.put(sitePath, data);
      case IN_PLACE -> {
        if (trackPaths) written.add(sitePath);
        if (sameBytes(target, data)) {
          changes.keep(sitePath);
        } else {
          writeWhole(changes.pendingFile(sitePath), data);
          changes.replace(sitePath);
          changed.increment();
        }
      }
    }
  }

  /** A file's content, produced piece by piece. */
  public interface Content<E extends Exception> {
    void writeTo(OutputStream out) throws IOException, E;
  }

  /**
   * Writes a file piece by piece, for the site-wide files that grow with the corpus (listings, the
   * search index, the data files): memory holds a buffer, never the whole file. The file takes its
   * new content only when {@code content} returns normally; if it throws, the file is as it was
   * (in a staging tree, the half-written file is removed).
   */
  public <E extends Exception> void stream(String sitePath, Content<E> content) throws IOException, E {
    Path target = resolve(sitePath);
    switch (mode) {
      case MEMORY -> {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
        content.writeTo(buf);
        write(sitePath, buf.toByteArray());
      }
      case STAGING -> {
        ensureParent(target);
        long size = writeFile(target, content);
        if (trackPaths) written.add(sitePath);
        files.increment();
        count(sitePath, size);
        changed.increment();
      }
      case IN_PLACE -> {
        // Small files are compared in memory like any other; a big one spills to a temporary file,
        // compared with the old one on disk and renamed over it only if it differs.
        Path tmp = changes.pendingFile(sitePath);
        SpillStream spill = new SpillStream(tmp, () -> { });
        boolean done = false;
        try (spill) {
          content.writeTo(spill);
          done = true;
        } finally {
          if (!done) Files.deleteIfExists(tmp);
        }
        if (spill.inMemory() != null) {
          write(sitePath, spill.inMemory());
          return;
        }
        if (trackPaths) written.add(sitePath);
        files.increment();
        count(sitePath, spill.size());
        if (sameFiles(tmp, target)) {
          changes.keep(sitePath);
          Files.deleteIfExists(tmp);
        } else {
          changes.replace(sitePath);
          changed.increment();
        }
      }
    }
  }

  /**
   * Writes a file in one system call where it can: {@code Files.write} would push a 12 KB page
   * through an output stream in 8 KB pieces, two writes per page and 200,000 extra at 100,000
   * records.
   */
  private static void writeWhole(Path file, byte[] data) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer b = ByteBuffer.wrap(data);
      while (b.hasRemaining()) ch.write(b);
    }
  }

  /** Writes {@code content} into a new file; removes what was written if it fails. Returns the size. */
  private static <E extends Exception> long writeFile(Path target, Content<E> content) throws IOException, E {
    boolean done = false;
    CountingStream out = new CountingStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16));
    try (out) {
      content.writeTo(out);
      done = true;
    } finally {
      if (!done) Files.deleteIfExists(target);
    }
    return out.count();
  }

  private static boolean sameFiles(Path a, Path b) throws IOException {
    try {
      return Files.mismatch(a, b) == -1;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Writes the held files (of an in-memory tree) into another tree. */
  public void flushTo(OutputTree other) throws IOException {
    for (Map.Entry<String, byte[]> e : held.entrySet()) other.write(e.getKey(), e.getValue());
  }

  /**
   * Removes a file: from a staging tree, a page whose record was then left out; from the published
   * folder, a page that no longer exists (at the commit, with the folders it leaves empty). A
   * missing file is fine.
   */
  public boolean delete(String sitePath) throws IOException {
    Path target = resolve(sitePath);
    if (mode == Mode.IN_PLACE) {
      if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        changes.keep(sitePath);
        return false;
      }
      changes.delete(sitePath);
      changed.increment();
      return true;
    }
    long size;
    try {
      size = Files.size(target);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (!Files.deleteIfExists(target)) return false;
    if (mode == Mode.STAGING) {
      files.decrement();
      count(sitePath, -size);
    } else {
      changed.increment();
    }
    return true;
  }

  /** The site paths written through this tree, sorted; empty unless made by {@link #sibling} to track them. */
  public List<String> writtenPaths() {
    return written.sorted();
  }

  private static boolean sameBytes(Path target, byte[] data) throws IOException {
    try {
      if (Files.size(target) != data.length) return false;
      return Arrays.equals(Files.readAllBytes(target), data);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  private void ensureParent(Path target) throws IOException {
    Path parent = target.getParent();
    if (!dirs.contains(parent)) {
      Files.createDirectories(parent);
      dirs.add(parent);
    }
  }

  /** The file for a site path; refuses any path that would leave the folder. */
  public Path resolve(String sitePath) {
    if (!sitePath.startsWith("/") || sitePath.indexOf('\0') >= 0 || sitePath.indexOf('\\') >= 0
        || sitePath.indexOf('\n') >= 0 || sitePath.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("not a site path: " + sitePath);
    }
    Path p = root.resolve(sitePath.substring(1)).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("site path leaves the output folder: " + sitePath);
    }
    return p;
  }

  /** Files written (or, in place, considered). */
  public long fileCount() {
    return files.sum();
  }

  public long byteCount() {
    return bytes.sum();
  }

  /** {@link #byteCount} by part of the site, indexed by {@link SitePart#ordinal}. */
  public long[] bytesByPart() {
    long[] out = new long[partBytes.length];
    for (int i = 0; i < out.length; i++) out[i] = partBytes[i].sum();
    return out;
  }

  private void count(String sitePath, long n) {
    bytes.add(n);
    partBytes[SitePart.of(sitePath).ordinal()].add(n);
  }

  private static LongAdder[] newAdders() {
    LongAdder[] a = new LongAdder[SitePart.values().length];
    for (int i = 0; i < a.length; i++) a[i] = new LongAdder();
    return a;
  }

  /** Files whose bytes actually changed on disk (created, replaced or deleted). */
  public long changedCount() {
    return changed.sum();
  }
}
