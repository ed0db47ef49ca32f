package org.figsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.figsite.testing.MicroBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The YAML fast path ({@link BlockYamlComposer}) against SnakeYAML composing the same front
 * matter, on a shipped record. Run with {@code bench/jmh.sh YamlParsingBenchmark} after a
 * SnakeYAML upgrade: the fast path is worth its code only while this gap stays wide.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class YamlParsingBenchmark extends MicroBenchmark {
  /** A record of the sample site (run from the repository's folder, as bench/jmh.sh does). */
  @Param({"content/figures/PMC8023395__nihms-1688996-f0002.md"})
  public String record;

  private FrontMatter frontMatter;
  private final YamlParser fast = new YamlParser(true);
  private final YamlParser snakeYaml = new YamlParser(false);

  @Setup
  public void read() throws IOException, SourceDecoder.InvalidEncoding, FrontMatterSplitter.Malformed,
      YamlParser.Invalid {
    byte[] bytes = Files.readAllBytes(Path.of(record));
    frontMatter = FrontMatterSplitter.split(SourceDecoder.decode(record, bytes), true);
    if (BlockYamlComposer.compose(frontMatter.yaml()).isEmpty()) {
      throw new IllegalStateException(record + " is not on the fast path: nothing to compare");
    }
  }

  @Benchmark
  public MappingNode fastPath() throws YamlParser.Invalid {
    return fast.parse(frontMatter);
  }

  @Benchmark
  public MappingNode snakeYaml() throws YamlParser.Invalid {
    return snakeYaml.parse(frontMatter);
  }
}
