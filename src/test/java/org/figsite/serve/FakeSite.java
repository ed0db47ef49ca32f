package org.figsite.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project folder whose "build" copies content/ into a new output folder and swaps it in, the
 * way the real build replaces the site wholesale, and fails, leaving the old site, when any
 * content file contains the word BROKEN. It stands in for the real builder, whose templates live
 * elsewhere, so the server's own behaviour can be tested on its own.
 */
final class FakeSite {
  final Path root;
  final Path content;
  final Path output;
  int builds;

  FakeSite(Path root) {
    this.root = root;
    this.content = root.resolve("content");
    this.output = root.resolve("site-output");
  }

  /** Writes a source file under content/ (its path inside the built site is the same). */
  FakeSite write(String path, String text) {
    try {
      Path f = content.resolve(path);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a page for each path whose body is the path itself, so a response shows which file it sent. */
  FakeSite pages(String... paths) {
    for (String path : paths) write(path, "<html><body>" + path + "</body></html>");
    return this;
  }

  ServedSite serve(String baseurl) throws IOException {
    return serve(baseurl, ServerLimits.DEFAULT);
  }

  ServedSite serve(String baseurl, ServerLimits limits) throws IOException {
    Files.createDirectories(content);
    return ServedSite.start(output, List.of(content), baseurl, () -> build(baseurl), limits);
  }

  private synchronized RebuildOutcome build(String baseurl) {
    builds++;
    try {
      List<String> problems = new ArrayList<>();
      for (Path f : files(content)) {
        String text = Files.readString(f);
        int at = text.indexOf("BROKEN");
        if (at >= 0) {
          problems.add("content/" + content.relativize(f) + ":1:" + (at + 1) + ": error: " + text.strip()
              + "\n  hint: take out the word BROKEN");
        }
      }
      if (!problems.isEmpty()) return RebuildOutcome.failed(problems);
      Path staging = root.resolve(".staging");
      for (Path f : files(content)) {
        Path to = staging.resolve(content.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
      Files.createDirectories(staging);
      Path old = root.resolve(".old");
      if (Files.exists(output)) Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      delete(old);
      return RebuildOutcome.built(baseurl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
