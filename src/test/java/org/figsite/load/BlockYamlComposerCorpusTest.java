package org.figsite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.figsite.Corpora;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fast path against SnakeYAML over real records: the sample site's, the real PFOCR records,
 * every hostile test input, and a spread of the benchmark corpus when this machine has it. On
 * each front matter the fast path must step aside or give SnakeYAML's exact tree; and it must
 * actually be taken on the records it was written for.
 */
class BlockYamlComposerCorpusTest {
  private static final Optional<Path> PFOCR_REAL = Corpora.find("pfocr-real");
  /** A benchmark corpus (a folder of generated records), from {@code -Dfigsite.fastpath.benchCorpus=DIR}. */
  private static final Optional<Path> BENCH = Optional.ofNullable(System.getProperty("figsite.fastpath.benchCorpus"))
      .map(Path::of);
  /** How many benchmark records to compare: a spread over the whole corpus. */
  private static final int BENCH_SAMPLE = Integer.getInteger("figsite.fastpath.benchSample", 3000);

  @Test
  void agreesOnEverySampleSiteRecordAndTakesThemAll() throws IOException {
    Tally t = compare("content/figures", markdownFiles(Path.of("content/figures")));
    assertThat(t.files).isGreaterThan(0);
    assertThat(t.taken).as("records taken by the fast path").isEqualTo(t.files);
  }

  @Test
  void agreesOnRealPfocrRecords() throws IOException {
    assumeTrue(PFOCR_REAL.isPresent(), "no shared/corpus/pfocr-real here (set -D" + Corpora.PROPERTY + ")");
    Tally t = compare(PFOCR_REAL.get().toString(), markdownFiles(PFOCR_REAL.get()));
    assertThat(t.taken).as("records taken by the fast path").isGreaterThanOrEqualTo(t.files * 9 / 10);
  }

  @Test
  void agreesOnEveryHostileInput() throws IOException, URISyntaxException {
    Path hostile = Path.of(BlockYamlComposerCorpusTest.class.getResource("/hostile").toURI());
    compare("hostile inputs", markdownFiles(hostile));
  }

  @Test
  @Tag("benchmark")
  void agreesOnTheBenchmarkCorpusAndTakesOver99Percent() throws IOException {
    assumeTrue(BENCH.isPresent() && Files.isDirectory(BENCH.get()),
        "no benchmark corpus (set -Dfigsite.fastpath.benchCorpus=DIR, e.g. a bench/run.sh corpus)");
    List<Path> all = markdownFiles(BENCH.get());
    List<Path> sample = new ArrayList<>();
    int step = Math.max(1, all.size() / BENCH_SAMPLE);
    for (int i = 0; i < all.size() && sample.size() < BENCH_SAMPLE; i += step) sample.add(all.get(i));
    Tally t = compare(BENCH.get() + " (a spread)", sample);
    assertThat(t.taken * 100L).as("records taken by the fast path, of " + t.files).isGreaterThan(t.files * 99L);
  }

  private static final class Tally {
    int files;
    int taken;
  }

  private static Tally compare(String corpus, List<Path> files) throws IOException {
    Tally t = new Tally();
    List<String> disagreements = new ArrayList<>();
    for (Path f : files) {
      Optional<String> yaml = frontMatter(f);
      if (yaml.isEmpty()) continue;
      t.files++;
      if (FastPathCheck.taken(yaml.get())) t.taken++;
      FastPathCheck.disagreement(yaml.get()).ifPresent(d -> disagreements.add(f + ": " + d));
    }
    System.out.printf("fast path: %d of %d front matters in %s%n", t.taken, t.files, corpus);
    assertThat(disagreements).isEmpty();
    return t;
  }

  /**
   * The YAML SnakeYAML would be given for a file: its front matter, or the whole text when the
   * front matter is broken (a hostile input is worth feeding anyway). Empty for bytes that are not
   * UTF-8, which never reach YAML.
   */
  private static Optional<String> frontMatter(Path f) throws IOException {
    SourceText src;
    try {
      src = SourceDecoder.decode(f.toString(), Files.readAllBytes(f));
    } catch (SourceDecoder.InvalidEncoding e) {
      return Optional.empty();
    }
    try {
      FrontMatter fm = FrontMatterSplitter.split(src, false);
      return Optional.of(fm.yaml().isEmpty() ? src.text() : fm.yaml());
    } catch (FrontMatterSplitter.Malformed e) {
      return Optional.of(src.text());
    }
  }

  private static List<Path> markdownFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
