package org.figsite.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figsite.cli.Main;

/**
 * Writes a small site declared inline (path, text, path, text…) into a folder, and runs {@code
 * figsite check} over it through the real command line.
 */
final class InlineSite {
  private final Path dir;
  private final Map<String, String> files = new LinkedHashMap<>();

  InlineSite(Path dir) {
    this.dir = dir;
  }

  /** Adds or replaces files; paths are relative to the project folder, e.g. site-output/index.html. */
  InlineSite with(String... pathThenText) {
    if (pathThenText.length % 2 != 0) throw new IllegalArgumentException("path, text pairs expected");
    for (int i = 0; i < pathThenText.length; i += 2) files.put(pathThenText[i], pathThenText[i + 1]);
    return this;
  }

  /** The text given for a file. */
  String text(String path) {
    return files.get(path);
  }

  Path dir() {
    return dir;
  }

  /** What {@code figsite check} printed, with the temporary folder removed from paths. */
  record Run(int exit, String out, String err) {
    /** The first line of every problem: {@code path[:line:col]: error|warning: message}. */
    List<String> headlines() {
      return Arrays.stream(err.split("\n")).filter(l -> l.matches("\\S+: (error|warning): .*")).toList();
    }
  }

  Run check(String... extraArgs) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
    String[] base = {"check", "--site", dir.resolve("site-output").toString(), "--content",
        dir.resolve("content").toString(), "--threads", "2"};
    String[] args = Arrays.copyOf(base, base.length + extraArgs.length);
    System.arraycopy(extraArgs, 0, args, base.length, extraArgs.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    String prefix = dir + "/";
    return new Run(exit, out.toString().replace(prefix, ""), err.toString().replace(prefix, ""));
  }
}
