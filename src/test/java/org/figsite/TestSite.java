package org.figsite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.figsite.cli.Main;

/**
 * A throw-away project folder for whole-site tests: {@code content/}, {@code figsite.yml} and the
 * output folder {@code out/}, with helpers to write records, run a build in-process and snapshot
 * file trees.
 */
final class TestSite {
  static final String CONFIG = "title: Hostile test site\nurl: https://figsite.test\nbaseurl: \"\"\n";
  /** A valid record for the "previous good site" every case starts from. */
  static final String BASE_RECORD = "---\nfigid: PMC9__base\npmcid: PMC9\nfilename: base.jpg\nfigtitle: Base figure\n"
      + "figid_alias: PMC9__B1\ngenes:\n- word: EGFR\n  symbol: EGFR\n  hgnc_symbol: EGFR\n  entrez: '1956'\n---\nBase body.\n";

  final Path root;
  final Path content;
  final Path output;
  final Path config;

  TestSite(Path root) {
    this.root = root;
    this.content = root.resolve("content");
    this.output = root.resolve("out");
    this.config = root.resolve("figsite.yml");
    write("figsite.yml", CONFIG);
  }

  record Result(int exit, String out, String err) {
    /** The {@code path:line:col: severity: message} lines of stderr, in printed order. */
    List<String> headlines() {
      List<String> h = new ArrayList<>();
      for (String l : err.split("\n", -1)) {
        if (l.matches("^\\S.*?: (error|warning): .*") && !l.startsWith("figsite:")) h.add(l);
      }
      return h;
    }
  }

  TestSite write(String rel, String text) {
    return write(rel, text.getBytes(StandardCharsets.UTF_8));
  }

  TestSite write(String rel, byte[] bytes) {
    try {
      Path p = root.resolve(rel);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Builds the site in-process; absolute paths in messages are shown relative to the root. */
  Result build(String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--output",
        output.toString(), "--config", config.toString(), "--threads", "2"));
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
    return new Result(rc, relative(out.toString()), relative(err.toString()));
  }

  private String relative(String s) {
    return s.replace(content.toString(), "content").replace(output.toString(), "out")
        .replace(config.toString(), "figsite.yml").replace(root.toString(), "ROOT");
  }

  /** Writes a good record and builds it, giving the "previous site" a case must not disturb. */
  TestSite withPreviousSite() {
    write("content/figures/PMC9__base.md", BASE_RECORD);
    Result r = build();
    if (r.exit() != 0) throw new IllegalStateException("baseline build failed:\n" + r.err());
    deleteTree(content);
    return this;
  }

  /** Relative path → SHA-256 of every file under {@code dir}, skipping {@code skip} (may be null). */
  static Map<String, String> snapshot(Path dir, Path skip) {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) return out;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (skip != null && p.startsWith(skip)) continue;
        String rel = dir.relativize(p).toString();
        // figsite's build cache beside the output changes with every successful build, by design.
        if (skip != null && rel.startsWith("." + skip.getFileName() + ".figsite-cache")) continue;
        if (Files.isDirectory(p)) out.put(rel + "/", "dir");
        else if (Files.isRegularFile(p)) out.put(rel, sha256(Files.readAllBytes(p)));
        else out.put(rel, "other");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void copyTree(Path from, Path to) {
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

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted((a, b) -> b.compareTo(a))::iterator) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
