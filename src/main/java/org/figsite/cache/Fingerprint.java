package org.figsite.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 over the things a build's output depends on besides the records themselves. */
public final class Fingerprint {
  private final MessageDigest md;

  public Fingerprint() {
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public Fingerprint add(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    md.update(intBytes(b.length));
    md.update(b);
    return this;
  }

  /** Every regular file below a folder (names and bytes, in name order); nothing if it is missing. */
  public Fingerprint addTree(Path dir) throws IOException {
    add("tree");
    if (!Files.isDirectory(dir)) return this;
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : files) {
      add(dir.relativize(p).toString());
      byte[] b = Files.readAllBytes(p);
      md.update(intBytes(b.length));
      md.update(b);
    }
    return this;
  }

  /**
   * The code that renders: the jar (or classes folder) figsite runs from, by size and date.
   *
   * @throws IOException when that cannot be told: then no cache written by any figsite can be
   *     trusted, and the caller must not pretend otherwise with a constant
   */
  public Fingerprint addCode() throws IOException {
    java.security.CodeSource source = Fingerprint.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) throw new IOException("figsite's classes have no code source");
    Path code;
    try {
      code = Path.of(source.getLocation().toURI());
    } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new IOException("figsite's code at " + source.getLocation() + " is not a file: " + e.getMessage(), e);
    }
    BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    add(code.toString()).add(Long.toString(a.size())).add(Long.toString(a.lastModifiedTime().toMillis()));
    return this;
  }

  public String hex() {
    return HexFormat.of().formatHex(md.digest());
  }

  private static byte[] intBytes(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}
