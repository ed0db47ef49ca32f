package org.figsite.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The theme's static files ({@code templates/static/**}), published under {@code /assets/}. As
 * with templates, a file in the site's {@code templates/static/} replaces the built-in file of the
 * same name.
 */
public final class StaticAssets {
  private static final String PREFIX = Theme.BUILTIN_ROOT.substring(1) + "/static/";

  private StaticAssets() {}

  /** Relative name → bytes, sorted by name. */
  public static TreeMap<String, byte[]> collect(Path siteTemplates) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    builtin(out);
    if (siteTemplates != null) {
      Path dir = siteTemplates.resolve("static");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          for (Path p : (Iterable<Path>) s.sorted()::iterator) {
            if (Files.isRegularFile(p)) {
              out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
          }
        }
      }
    }
    return out;
  }

  private static void builtin(TreeMap<String, byte[]> out) throws IOException {
    Path location;
    try {
      location = Path.of(StaticAssets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      return;
    }
    if (Files.isDirectory(location)) {
      Path dir = location.resolve(PREFIX);
      if (!Files.isDirectory(dir)) return;
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) s.sorted()::iterator) {
          if (Files.isRegularFile(p)) out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
      return;
    }
    try (ZipFile zip = new ZipFile(location.toFile())) {
      Enumeration<? extends ZipEntry> e = zip.entries();
      while (e.hasMoreElements()) {
        ZipEntry z = e.nextElement();
        if (!z.isDirectory() && z.getName().startsWith(PREFIX)) {
          try (InputStream in = zip.getInputStream(z)) {
            out.put(z.getName().substring(PREFIX.length()), in.readAllBytes());
          }
        }
      }
    }
  }
}
