package org.figsite.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A folder being filled with the site's files (the staging folder of a build). Paths are
 * site-relative ({@code /figures/x.html}) and are checked to stay inside the folder whatever they
 * contain. Thread-safe: rendering workers write concurrently.
 */
public final class OutputTree {
  private final Path root;
  private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
  private final LongAdder files = new LongAdder();
  private final LongAdder bytes = new LongAdder();

  public OutputTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
    dirs.add(this.root);
  }

  public Path root() {
    return root;
  }

  public void write(String sitePath, String text) throws IOException {
    write(sitePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String sitePath, byte[] data) throws IOException {
    Path target = resolve(sitePath);
    Path parent = target.getParent();
    if (!dirs.contains(parent)) {
      Files.createDirectories(parent);
      dirs.add(parent);
    }
    Files.write(target, data);
    files.increment();
    bytes.add(data.length);
  }

  /** Removes a file written earlier (a page whose record was then left out); absent is fine. */
  public void delete(String sitePath) throws IOException {
    Path target = resolve(sitePath);
    long size = Files.exists(target) ? Files.size(target) : -1;
    if (Files.deleteIfExists(target)) {
      files.decrement();
      bytes.add(-size);
    }
  }

  /** The file for a site path; refuses any path that would leave the folder. */
  public Path resolve(String sitePath) {
    if (!sitePath.startsWith("/") || sitePath.indexOf('\0') >= 0 || sitePath.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("not a site path: " + sitePath);
    }
    Path p = root.resolve(sitePath.substring(1)).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("site path leaves the output folder: " + sitePath);
    }
    return p;
  }

  public long fileCount() {
    return files.sum();
  }

  public long byteCount() {
    return bytes.sum();
  }
}
