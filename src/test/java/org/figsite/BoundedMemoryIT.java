package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build must not keep anything per record beyond compact indexes (a few ints), so that a
 * million records build in the heap that a hundred thousand need. Checked without timing
 * anything: {@value #RECORDS} records must build in a {@value #HEAP} heap, where keeping a
 * kilobyte or more per record (a summary object, a path, an encoded copy) runs out of memory.
 * This corpus builds in about 8 MB; before the summaries moved off the heap it needed 25.
 */
class BoundedMemoryIT {
  static final Path JAR = Path.of("target/figsite.jar").toAbsolutePath();
  static final int RECORDS = 6000;
  static final String HEAP = "14m";
  private static final Pattern ID_LINE = Pattern.compile("(?m)^(figid|figid_alias|redirect_from): (.*)$");

  @TempDir Path tmp;

  @Test
  void manyRecordsBuildInASmallFixedHeap() throws IOException, InterruptedException {
    assumeTrue(Files.isRegularFile(JAR), "target/figsite.jar is built by 'mvn package'");
    writeCorpus(tmp.resolve("content/figures"), RECORDS);
    Files.writeString(tmp.resolve("figsite.yml"), "title: Memory\nurl: https://example.org\nfigure_downloads: false\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The serial collector, so that the heap limit means the same on any machine; a fixed number
    // of workers, since each holds a page being rendered. With the cache, which is the default.
    Process p = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+UseSerialGC", "-jar", JAR.toString(), "build",
        "--threads", "2", "--content", tmp.resolve("content").toString(), "--config",
        tmp.resolve("figsite.yml").toString(), "--output", tmp.resolve("out").toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(tmp.resolve("build.log"));
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).contains(String.format("%,d records (figsite layout) -> %,d figure pages", RECORDS, RECORDS));
  }

  /** Copies of the sample records, each with its own figid, alias and redirect. */
  static void writeCorpus(Path dir, int count) throws IOException {
    List<String> samples;
    try (Stream<Path> s = Files.list(Path.of("content/figures"))) {
      samples = s.sorted().map(BoundedMemoryIT::read).toList();
    }
    Files.createDirectories(dir);
    for (int n = 0; n < count; n++) {
      String suffix = "_" + n;
      Matcher m = ID_LINE.matcher(samples.get(n % samples.size()));
      String text = m.replaceAll(r -> r.group(1) + ": " + Matcher.quoteReplacement(r.group(2) + suffix));
      Matcher figid = ID_LINE.matcher(text);
      figid.find();
      Files.writeString(dir.resolve(figid.group(2) + ".md"), text, StandardCharsets.UTF_8);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
