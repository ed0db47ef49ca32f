package org.figsite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The figsite that is running: its version, where its releases are published and its sources
 * kept (written into the jar by the release workflow), and the files of its distribution archive
 * that a site's workflow runs, {@code bin/figsite} and {@code lib/figsite.jar}.
 *
 * @param jar the jar figsite runs from; empty when it runs from a classes folder (in development)
 * @param releases where releases are downloaded from, {@code .../releases/download}; "" if unknown
 * @param repository figsite's git URL; "" if unknown
 */
record Distribution(String version, Optional<Path> jar, String releases, String repository) {
  /** The launcher, packaged into the jar by the pom: the same bytes as the archive's bin/figsite. */
  private static final String LAUNCHER = "/org/figsite/dist/figsite";

  static Distribution current() {
    Optional<Path> jar = codeSource().filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p));
    String releases = "";
    String repository = "";
    if (jar.isPresent()) {
      try (JarFile f = new JarFile(jar.get().toFile())) {
        Attributes main = f.getManifest() == null ? new Attributes() : f.getManifest().getMainAttributes();
        releases = blankIfNull(main.getValue("Figsite-Releases"));
        repository = blankIfNull(main.getValue("Figsite-Repository"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read figsite's own jar " + jar.get(), e);
      }
    }
    return new Distribution(Version.current(), jar, releases, repository);
  }

  /**
   * What {@code sha256sum bin/figsite lib/figsite.jar} prints in this figsite's unpacked
   * distribution archive; empty when figsite does not run from a jar.
   */
  Optional<String> sha256sums() {
    if (jar.isEmpty()) return Optional.empty();
    try (InputStream launcher = Distribution.class.getResourceAsStream(LAUNCHER);
        InputStream jarBytes = Files.newInputStream(jar.get())) {
      if (launcher == null) throw new IllegalStateException("figsite's jar lacks " + LAUNCHER);
      return Optional.of(sha256(launcher) + "  bin/figsite\n" + sha256(jarBytes) + "  lib/figsite.jar\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read figsite's own jar " + jar.get(), e);
    }
  }

  private static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream d = new DigestInputStream(in, md)) {
        d.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static Optional<Path> codeSource() {
    try {
      return Optional.of(Path.of(Distribution.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty(); // no code source: treated like a classes folder, nothing is pinned
    }
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s.strip();
  }
}
