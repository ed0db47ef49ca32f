package org.figsite.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.figsite.cache.BuildCache;
import org.figsite.cache.CacheDamaged;

/**
 * The cache as read before the output folder's lock was taken, and the identity of its file
 * then; {@code damage} says why a cache file that was there could not be trusted.
 */
record EarlyCache(Optional<BuildCache> cache, String fileStamp, Optional<String> damage) {
  static EarlyCache read(Path file) {
    String stamp = stamp(file);
    if (stamp == null) return new EarlyCache(Optional.empty(), null, Optional.empty());
    try {
      return new EarlyCache(BuildCache.read(file), stamp, Optional.empty());
    } catch (CacheDamaged e) {
      return new EarlyCache(Optional.empty(), stamp, Optional.of(e.getMessage()));
    }
  }

  /** The cache now: the early read, or a new one if the file was replaced (or appeared) since. */
  EarlyCache current(Path file) {
    String now = stamp(file);
    if (now == null) return new EarlyCache(Optional.empty(), null, Optional.empty());
    return now.equals(fileStamp) ? this : read(file);
  }

  /**
   * Which file, how big and when written. A cache file is replaced, or has stamps patched in
   * place (which moves its date); a patch missed within one clock tick only makes the next build
   * read those records again.
   */
  private static String stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() + "|" + a.size() + "|" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    } catch (IOException e) {
      return null;
    }
  }
}
