package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code --threads N} holds only if no build code reaches for another pool: the common fork-join
 * pool (parallel streams, {@code parallelSort}) or a pool of its own. Read from the sources, as
 * Maven runs tests from the project folder.
 */
class OneWorkerPoolTest {
  private static final Pattern OTHER_POOLS = Pattern.compile(
      "\\.parallel\\(\\)|parallelStream\\(|parallelSort\\(|commonPool\\(|new ForkJoinPool\\(|Executors\\.|CompletableFuture\\.\\w+Async");
  /** The pool itself, and commands that are not builds: serve's connections, check's own {@code --threads} pool. */
  private static final List<String> ALLOWED = List.of(
      "org/figsite/pipeline/Workers.java", "org/figsite/serve/",
      "org/figsite/check/SiteChecker.java");

  @Test
  void buildCodeRunsInParallelOnlyOnTheWorkerPool() throws IOException {
    Path main = Path.of("src/main/java");
    assertThat(main).isDirectory();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = main.relativize(f).toString().replace('\\', '/');
        if (ALLOWED.stream().anyMatch(rel::startsWith)) continue;
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (OTHER_POOLS.matcher(lines.get(i)).find()) found.add(rel + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
