package org.figsite.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists what a site's theme is made of: every built-in file, and every file of the site's
 * templates folder, which either overrides the built-in file of the same name or adds one (a
 * template to {@code #include}, an extra static file).
 */
public final class ThemeCatalog {
  private ThemeCatalog() {}

  /** Sorted by name; {@code siteTemplates} need not exist. */
  public static List<ThemeFile> list(Path siteTemplates, String siteTemplatesDisplay) throws IOException {
    TreeSet<String> builtin = BuiltinTheme.names();
    TreeSet<String> site = siteFiles(siteTemplates);
    TreeSet<String> all = new TreeSet<>(builtin);
    all.addAll(site);
    List<ThemeFile> out = new ArrayList<>(all.size());
    for (String name : all) {
      out.add(new ThemeFile(name, site.contains(name) ? siteTemplatesDisplay + "/" + name : "", builtin.contains(name)));
    }
    return out;
  }

  private static TreeSet<String> siteFiles(Path dir) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    return out;
  }
}
