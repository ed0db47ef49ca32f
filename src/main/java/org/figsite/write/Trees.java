package org.figsite.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Deletes folder trees (old sites, abandoned staging folders) without following links. */
public final class Trees {
  private Trees() {}

  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
    List<Path> children = new ArrayList<>();
    if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.forEach(children::add);
      }
    }
    // The top-level folders (figures/, genes/, …) are deleted in parallel: an old site can hold
    // hundreds of thousands of files.
    IOException[] first = new IOException[1];
    children.parallelStream().forEach(c -> {
      try {
        deleteSerially(c);
      } catch (IOException e) {
        synchronized (first) {
          if (first[0] == null) first[0] = e;
        }
      }
    });
    if (first[0] != null) throw first[0];
    Files.deleteIfExists(dir);
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
