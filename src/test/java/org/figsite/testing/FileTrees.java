package org.figsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Folders as values for tests: snapshots to compare before and after a build, copying, deleting
 * and reading. Unchecked, so that a failed read fails the test at the line that asked for it.
 */
public final class FileTrees {
  private FileTrees() {}

  /**
   * Relative path to the SHA-256 of every file under {@code dir}, and {@code path/} for every
   * folder (the folder itself is {@code /}): equal snapshots mean equal trees, byte for byte.
   * Empty when {@code dir} does not exist.
   */
  public static Map<String, String> snapshot(Path dir) {
    return snapshot(dir, p -> false);
  }

  /** A {@link #snapshot(Path)} that leaves out every path {@code skip} accepts. */
  public static Map<String, String> snapshot(Path dir, Predicate<Path> skip) {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) return out;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (skip.test(p)) continue;
        String rel = dir.relativize(p).toString();
        if (Files.isDirectory(p)) out.put(rel + "/", "dir");
        else if (Files.isRegularFile(p)) out.put(rel, sha256(Files.readAllBytes(p)));
        else out.put(rel, "other");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies every file and folder under {@code from} to the same place under {@code to}. */
  public static void copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything under it; nothing when it does not exist. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
