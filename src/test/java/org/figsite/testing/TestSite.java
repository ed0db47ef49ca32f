package org.figsite.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.figsite.cli.Main;

/**
 * A small site written inline into a temporary folder, so that a test shows its whole input, and
 * a way to run the real command line over it.
 */
public final class TestSite {
  public static final String CONFIG = "title: Test site\nurl: https://example.org\n";

  private final Path root;

  public TestSite(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public Path path(String relative) {
    return root.resolve(relative);
  }

  public TestSite file(String relative, String text) throws IOException {
    return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public TestSite bytes(String relative, byte[] data) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, data);
    return this;
  }

  /** Writes the config file and copies the real sample records into content/figures/. */
  public TestSite withSampleRecords() throws IOException {
    file("figsite.yml", CONFIG);
    Path from = Path.of("content/figures");
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        bytes("content/figures/" + p.getFileName(), Files.readAllBytes(p));
      }
    }
    return this;
  }

  /** Runs {@code figsite build} with paths relative to this site, plus any extra arguments. */
  public Run build(String... extra) {
    List<String> args = new ArrayList<>(List.of("build",
        "--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString(),
        "--output", root.resolve("site-output").toString(),
        "--config", root.resolve("figsite.yml").toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(new String[0]));
  }

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** The result of one command: exit status and what it printed. */
  public record Run(int exitCode, String out, String err) {
    /** The {@code path:line:col: severity: message} lines of stderr, with the site root removed. */
    public List<String> headlines(Path root) {
      List<String> lines = new ArrayList<>();
      String prefix = root.toString() + "/";
      for (String l : err.split("\n")) {
        if (l.contains(": error: ") || l.contains(": warning: ")) lines.add(l.replace(prefix, ""));
      }
      return lines;
    }
  }

  public String read(String relative) throws IOException {
    return Files.readString(root.resolve(relative));
  }

  /** Every file under a folder with its bytes, keyed by relative path: for "untouched" checks. */
  public static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    if (!Files.exists(dir)) return out;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isRegularFile(p)) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
