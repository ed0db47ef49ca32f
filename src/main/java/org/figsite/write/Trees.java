package org.figsite.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes folder trees (old sites, abandoned staging folders) without following links. */
public final class Trees {
  private Trees() {}

  /**
   * Deletes {@code dir} and everything in it, on the calling thread. Big old sites are removed by
   * a detached {@code rm -rf} instead ({@link OutputFolder}); what is left here are small sites and
   * the leftovers of interrupted builds, where a build's own thread count is not worth bending.
   */
  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
    deleteSerially(dir);
  }

  private static void deleteSerially(Path p) throws IOException {
    Files.walkFileTree(p, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        try {
          Files.delete(file);
        } catch (NoSuchFileException e) {
          // already gone
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        if (exc != null) throw exc;
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Whether {@code dir}'s file system tells names apart by letter case (Linux, and so GitHub
   * Pages, does; macOS and Windows by default do not): creates a probe file and looks for it under
   * its upper-case name.
   */
  public static boolean isCaseSensitive(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path probe = Files.createTempFile(dir, ".figsite-case-probe-", ".tmp");
    try {
      String name = probe.getFileName().toString();
      return !Files.exists(probe.resolveSibling(name.toUpperCase(java.util.Locale.ROOT)));
    } finally {
      Files.deleteIfExists(probe);
    }
  }
}
