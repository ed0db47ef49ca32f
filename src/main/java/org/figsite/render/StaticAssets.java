package org.figsite.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files ({@code templates/static/**}), published under {@code /assets/}. As
 * with templates, a file in the site's {@code templates/static/} replaces the built-in file of the
 * same name.
 */
public final class StaticAssets {
  private static final String STATIC = "static/";

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
    for (String name : BuiltinTheme.names()) {
      if (name.startsWith(STATIC)) {
        out.put(name.substring(STATIC.length()), BuiltinTheme.read(name).orElseThrow());
      }
    }
  }
}
