package org.figsite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of the built-in theme ({@link #ROOT}): templates and {@code static/}
 * files, named relative to the theme root. The class path cannot be listed, so the names come from
 * where figsite's classes are: the jar, or {@code target/classes} when run from a build tree.
 */
public final class BuiltinTheme {
  /** Where the built-in templates live on the class path. */
  public static final String ROOT = "/org/figsite/theme";

  private static final String PREFIX = ROOT.substring(1) + "/";

  private BuiltinTheme() {}

  /** Every file of the built-in theme, e.g. {@code figure.ftlh}, {@code static/figsite.css}; sorted. */
  public static TreeSet<String> names() throws IOException {
    TreeSet<String> out = new TreeSet<>();
    Optional<Path> location = codeLocation();
    if (location.isEmpty()) return out;
    if (Files.isDirectory(location.get())) {
      Path dir = location.get().resolve(PREFIX);
      if (!Files.isDirectory(dir)) return out;
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
      }
      return out;
    }
    try (ZipFile zip = new ZipFile(location.get().toFile())) {
      Enumeration<? extends ZipEntry> e = zip.entries();
      while (e.hasMoreElements()) {
        ZipEntry z = e.nextElement();
        if (!z.isDirectory() && z.getName().startsWith(PREFIX)) out.add(z.getName().substring(PREFIX.length()));
      }
    }
    return out;
  }

  /** The bytes of one built-in file, if the theme has it. */
  public static Optional<byte[]> read(String name) {
    if (name.startsWith("/") || name.contains("..")) return Optional.empty();
    try (InputStream in = BuiltinTheme.class.getResourceAsStream(ROOT + "/" + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in theme file " + name + " from figsite's jar", e);
    }
  }

  private static Optional<Path> codeLocation() {
    try {
      return Optional.of(Path.of(BuiltinTheme.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | NullPointerException e) {
      // No code source (an unusual class loader): there is nothing to list.
      return Optional.empty();
    }
  }
}
