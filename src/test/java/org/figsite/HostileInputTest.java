package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every folder of {@code src/test/resources/hostile/} as a site fragment built over a
 * previous good site, plus a few inputs too big to commit, generated here.
 *
 * <p>A case with {@code expected.txt} must print exactly those diagnostic headlines; without
 * {@code expected-ok.txt} it must fail with status 1 and leave the previous site byte-identical.
 * A case with {@code expected-ok.txt} must build (status 0, or 3 when it also has {@code
 * expected.txt}: records were skipped with {@code --skip-invalid} from {@code args.txt}), pass
 * {@link SiteChecks}, and satisfy each line of {@code expected-ok.txt}:
 *
 * <pre>
 * text PATH STRING         the page's visible text contains STRING
 * contains PATH STRING     the file's bytes contain STRING ("\r" stands for a carriage return)
 * lacks PATH STRING        the file does not contain STRING
 * exists PATH / absent PATH
 * attr PATH SELECTOR NAME VALUE   the first element matching SELECTOR has NAME="VALUE"
 * jsonld PATH JSON         the page's JSON-LD equals JSON
 * </pre>
 */
class HostileInputTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> hostileCases() throws IOException, URISyntaxException {
    Path cases = Path.of(HostileInputTest.class.getResource("/hostile").toURI());
    List<Path> dirs;
    try (Stream<Path> s = Files.list(cases)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> runCase(d)));
  }

  @TestFactory
  Stream<DynamicTest> generatedCases() {
    return Stream.of(
        DynamicTest.dynamicTest("thousands-of-genes-and-a-megabyte-caption", this::hugeRecordBuilds),
        DynamicTest.dynamicTest("very-long-line-error-is-positioned", this::veryLongLineError));
  }

  private void runCase(Path dir) throws IOException {
    Path root = Files.createDirectory(tmp.resolve(dir.getFileName().toString()));
    TestSite site = new TestSite(root).withPreviousSite();
    for (String part : List.of("figures", "pages")) {
      if (Files.isDirectory(dir.resolve(part))) TestSite.copyTree(dir.resolve(part), site.content.resolve(part));
    }
    Files.createDirectories(site.content);
    List<String> args = new ArrayList<>();
    if (Files.exists(dir.resolve("args.txt"))) {
      for (String a : TestSite.read(dir.resolve("args.txt")).trim().split("\\s+")) args.add(a);
    }
    Path expectedErrors = dir.resolve("expected.txt");
    Path expectedOk = dir.resolve("expected-ok.txt");
    List<String> expected = Files.exists(expectedErrors) ? lines(expectedErrors) : List.of();
    int status = !Files.exists(expectedOk) ? 1 : expected.isEmpty() ? 0 : 3;
    check(site, args, expected, status, Files.exists(expectedOk) ? lines(expectedOk) : List.of());
  }

  /** Builds over the previous site and checks everything a case promises. */
  static void check(TestSite site, List<String> args, List<String> expected, int status, List<String> assertions) {
    Map<String, String> previous = TestSite.snapshot(site.output, null);
    Map<String, String> outside = TestSite.snapshot(site.root, site.output);
    TestSite.Result r = site.build(args.toArray(new String[0]));

    assertThat(r.err()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception")
        .doesNotContain("internal error");
    assertThat(r.headlines()).as("diagnostics; stderr was:\n" + r.err()).containsExactlyElementsOf(expected);
    assertThat(r.exit()).as("exit status; stderr was:\n" + r.err()).isEqualTo(status);
    assertThat(TestSite.snapshot(site.root, site.output)).as("files outside the output folder").isEqualTo(outside);
    if (status == 1) {
      assertThat(TestSite.snapshot(site.output, null)).as("previous site untouched").isEqualTo(previous);
      return;
    }
    SiteChecks.checkSite(site.output);
    for (String a : assertions) assertLine(site.output, a);
  }

  private static void assertLine(Path out, String line) {
    String[] w = line.split(" ", 3);
    Path file = out.resolve(w[1].substring(1));
    String arg = w.length > 2 ? w[2] : "";
    switch (w[0]) {
      case "exists" -> assertThat(file).as(line).exists();
      case "absent" -> assertThat(file).as(line).doesNotExist();
      case "text" -> assertThat(SiteChecks.parse(file).text()).as(line).contains(arg);
      case "contains" -> assertThat(TestSite.read(file)).as(line).contains(unescape(arg));
      case "lacks" -> assertThat(TestSite.read(file)).as(line).doesNotContain(unescape(arg));
      case "jsonld" -> {
        // The record's keys come through unchanged (the mended JSON-LD adds url, license, …).
        JsonNode actual = SiteChecks.jsonLdOf(file);
        SiteChecks.jsonLd(line, arg).fields().forEachRemaining(
            e -> assertThat(actual.get(e.getKey())).as(line + ": " + e.getKey()).isEqualTo(e.getValue()));
      }
      case "attr" -> {
        String[] s = arg.split(" ", 3);
        Document doc = SiteChecks.parse(file);
        assertThat(doc.selectFirst(s[0])).as(line).isNotNull();
        assertThat(doc.selectFirst(s[0]).attr(s[1])).as(line).isEqualTo(s[2]);
      }
      default -> throw new IllegalArgumentException("unknown assertion: " + line);
    }
  }

  private static String unescape(String s) {
    return s.replace("\\r", "\r");
  }

  private static List<String> lines(Path p) {
    List<String> out = new ArrayList<>();
    for (String l : TestSite.read(p).split("\n")) {
      if (!l.isBlank() && !l.startsWith("#")) out.add(l);
    }
    return out;
  }

  private void hugeRecordBuilds() throws IOException {
    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("huge"))).withPreviousSite();
    StringBuilder sb = new StringBuilder("---\nfigid: PMC1__huge\npmcid: PMC1\nfilename: f.jpg\ncaption: '");
    String sentence = "Signalling <b>&amp; feedback</b> ";
    while (sb.length() < 1_100_000) sb.append(sentence);
    sb.append("THE END'\ngenes:\n");
    for (int i = 0; i < 5000; i++) {
      sb.append("- word: W").append(i).append("\n  symbol: G").append(i).append("\n  hgnc_symbol: G").append(i)
          .append("\n  entrez: '").append(i + 1).append("'\n");
    }
    sb.append("---\n");
    site.write("content/figures/PMC1__huge.md", sb.toString().getBytes(StandardCharsets.UTF_8));
    // No wall-clock bound here: speed is the benchmark's to measure, and a busy machine would fail it.
    check(site, List.of(), List.of(), 0, List.of(
        "text /figures/PMC1__huge.html Signalling <b>&amp; feedback</b> THE END",
        "contains /figures/PMC1__huge.html <tr><td>W4999<td>",
        "exists /genes/G4999.html",
        "contains /figures/PMC1__huge.html Genes (5000)"));
  }

  private void veryLongLineError() throws IOException {
    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("long"))).withPreviousSite();
    String longValue = "a".repeat(1_000_000);
    site.write("content/figures/PMC1__long.md", "---\nfigid: PMC1__long\nfigtitle: " + longValue + ": b\n---\n");
    check(site, List.of(), List.of("content/figures/PMC1__long.md:3:1000011: error: invalid YAML: mapping values are not allowed here"),
        1, List.of());
    TestSite.Result r = site.build();
    assertThat(r.err().length()).as("a long line is shortened in the message").isLessThan(2000);
  }
}
