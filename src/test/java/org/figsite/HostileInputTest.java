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
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every folder of {@code src/test/resources/hostile/} as a site fragment ({@code figures/},
 * {@code data/}, {@code pages/}) built over a previous good site, plus a few inputs too big to
 * commit, generated here.
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
        DynamicTest.dynamicTest("very-long-line-error-is-positioned", this::veryLongLineError),
        DynamicTest.dynamicTest("a-50000-row-genes-tsv", this::hugeGenesTsvBuilds),
        DynamicTest.dynamicTest("a-bad-row-deep-in-a-50000-row-genes-tsv", this::hugeGenesTsvErrorIsPositioned),
        DynamicTest.dynamicTest("megabyte-string-aliased-a-thousand-times", this::megabyteAliasedString),
        DynamicTest.dynamicTest("record-over-the-size-limit", this::recordOverTheSizeLimit),
        DynamicTest.dynamicTest("symbolic-links-out-of-the-content-folder", this::linksOutOfContent),
        DynamicTest.dynamicTest("control-characters-in-file-names-are-escaped", this::controlCharactersInFileNames),
        DynamicTest.dynamicTest("page-names-that-windows-and-macos-cannot-hold", this::pageNamesWindowsAndMacosCannotHold));
  }

  private void runCase(Path dir) throws IOException {
    Path root = Files.createDirectory(tmp.resolve(dir.getFileName().toString()));
    TestSite site = new TestSite(root).withPreviousSite();
    for (String part : List.of("figures", "data", "pages")) {
      if (Files.isDirectory(dir.resolve(part))) FileTrees.copy(dir.resolve(part), site.content().resolve(part));
    }
    Files.createDirectories(site.content());
    List<String> args = new ArrayList<>();
    if (Files.exists(dir.resolve("args.txt"))) {
      for (String a : FileTrees.read(dir.resolve("args.txt")).trim().split("\\s+")) args.add(a);
    }
    Path expectedErrors = dir.resolve("expected.txt");
    Path expectedOk = dir.resolve("expected-ok.txt");
    List<String> expected = Files.exists(expectedErrors) ? lines(expectedErrors) : List.of();
    int status = !Files.exists(expectedOk) ? 1 : expected.isEmpty() ? 0 : 3;
    check(site, args, expected, status, Files.exists(expectedOk) ? lines(expectedOk) : List.of());
  }

  /** Builds over the previous site and checks everything a case promises. */
  static void check(TestSite site, List<String> args, List<String> expected, int status, List<String> assertions) {
    Map<String, String> previous = site.outputSnapshot();
    Map<String, String> outside = site.snapshotBesideOutput();
    TestSite.Run r = site.build(args.toArray(new String[0]));

    assertThat(r.err()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception")
        .doesNotContain("internal error");
    assertThat(r.headlines()).as("diagnostics; stderr was:\n" + r.err()).containsExactlyElementsOf(expected);
    assertThat(r.exitCode()).as("exit status; stderr was:\n" + r.err()).isEqualTo(status);
    assertThat(site.snapshotBesideOutput()).as("files outside the output folder").isEqualTo(outside);
    if (status == 1) {
      assertThat(site.outputSnapshot()).as("previous site untouched").isEqualTo(previous);
      return;
    }
    SiteChecks.checkSite(site.output());
    for (String a : assertions) assertLine(site.output(), a);
  }

  private static void assertLine(Path out, String line) {
    String[] w = line.split(" ", 3);
    Path file = out.resolve(w[1].substring(1));
    String arg = w.length > 2 ? w[2] : "";
    switch (w[0]) {
      case "exists" -> assertThat(file).as(line).exists();
      case "absent" -> assertThat(file).as(line).doesNotExist();
      case "text" -> assertThat(SiteChecks.parse(file).text()).as(line).contains(arg);
      case "contains" -> assertThat(FileTrees.read(file)).as(line).contains(unescape(arg));
      case "lacks" -> assertThat(FileTrees.read(file)).as(line).doesNotContain(unescape(arg));
      case "jsonld" -> {
        // The record's keys come through unchanged (the mended JSON-LD adds url, license, …).
        JsonNode actual = SiteChecks.jsonLdOf(file);
        SiteChecks.jsonLd(line, arg).properties().forEach(
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
    for (String l : FileTrees.read(p).split("\n")) {
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
    site.bytes("content/figures/PMC1__huge.md", sb.toString().getBytes(StandardCharsets.UTF_8));
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
    site.file("content/figures/PMC1__long.md", "---\nfigid: PMC1__long\nfigtitle: " + longValue + ": b\n---\n");
    check(site, List.of(), List.of("content/figures/PMC1__long.md:3:1000011: error: invalid YAML: mapping values are not allowed here"),
        1, List.of());
    TestSite.Run r = site.build();
    assertThat(r.err().length()).as("a long line is shortened in the message").isLessThan(2000);
  }

  /** A current-layout record whose genes TSV has 50,000 rows over three organisms; row {@code badRow} has a bad id. */
  private static TestSite hugeGenesTsv(TestSite site, int badRow) {
    site.file("content/figures/PMC1__tsv.md", "---\nfigid: PMC1__tsv\npmcid: PMC1\nfilename: f.jpg\nfigtitle: Big\n---\n");
    StringBuilder sb = new StringBuilder("organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol"
        + "\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match\n");
    String[][] organisms = {{"9606", "Homo sapiens"}, {"10090", "Mus musculus"}, {"7227", "Drosophila melanogaster"}};
    for (int i = 0; i < 50_000; i++) {
      String[] o = organisms[i % 3];
      // 999 genes, each of one organism, under 50,000 distinct words: a huge table, not 50,000 gene pages.
      int gene = i % 999;
      String id = i == badRow ? "x" + i : String.valueOf(100_000 + gene);
      sb.append(o[0]).append('\t').append(o[1]).append("\tgroup\tW").append(i).append("\tW").append(i).append("\tG")
          .append(gene).append('\t').append(id).append("\tncbigene_symbol\t1\tNA\t1\n");
    }
    return site.file("content/data/PMC1__tsv-genes.tsv", sb.toString());
  }

  private void hugeGenesTsvBuilds() throws IOException {
    TestSite site = hugeGenesTsv(new TestSite(Files.createDirectory(tmp.resolve("huge-tsv"))).withPreviousSite(), -1);
    check(site, List.of(), List.of(), 0, List.of(
        "contains /figures/PMC1__tsv.html Genes (50000)",
        "contains /figures/PMC1__tsv.html <td>W49998<td>",
        "exists /genes/G0.html",
        "exists /genes/mus-musculus/G1.html",
        "exists /genes/drosophila-melanogaster/G998.html",
        "exists /genes/mus-musculus/G49.html",
        "absent /genes/G1.html",
        "contains /data/pfocr-drosophila-melanogaster.gmt \t100995\t100998\n"));
    assertThat(SiteChecks.parse(tmp.resolve("huge-tsv/site-output/figures/PMC1__tsv.html")).select("table.genes tbody tr"))
        .hasSize(50_000);
  }

  private void hugeGenesTsvErrorIsPositioned() throws IOException {
    TestSite site = hugeGenesTsv(new TestSite(Files.createDirectory(tmp.resolve("huge-tsv-bad"))).withPreviousSite(),
        49_000);
    check(site, List.of(), List.of("content/data/PMC1__tsv-genes.tsv:49002:44: error: ncbigene_id must be digits, got \"x49000\""),
        1, List.of());
  }

  /** Without a bound on aliases to scalars this record expands to a gigabyte of organisms. */
  private void megabyteAliasedString() throws IOException {
    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("aliased"))).withPreviousSite();
    StringBuilder sb = new StringBuilder("---\nfigid: PMC1__aliased\npmcid: PMC1\nfilename: f.jpg\ncaption: &big '");
    sb.append("Homo sapiens ".repeat(80_000)).append("'\norganisms: [");
    for (int i = 0; i < 1000; i++) sb.append(i == 0 ? "*big" : ", *big");
    sb.append("]\n---\n");
    site.file("content/figures/PMC1__aliased.md", sb.toString());
    check(site, List.of(), List.of("content/figures/PMC1__aliased.md:6:31: error: YAML aliases expand this record to more"
        + " than 4,249,848 characters (an alias bomb?)"), 1, List.of());
  }

  /** A record bigger than max_record_bytes (8 MiB by default) is refused before it is read. */
  private void recordOverTheSizeLimit() throws IOException {
    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("big"))).withPreviousSite();
    String head = "---\nfigid: PMC1__big\npmcid: PMC1\nfilename: f.jpg\ncaption: '";
    String tail = "'\n---\n";
    site.file("content/figures/PMC1__big.md", head + "x".repeat(9_000_000 - head.length() - tail.length()) + tail);
    check(site, List.of(), List.of(
        "content/figures/PMC1__big.md:1:1: error: record is 9,000,000 bytes, over the limit of 8,388,608 (max_record_bytes)"),
        1, List.of());
  }

  /**
   * A record or page that links outside the content folder (here to a stand-in for .git/config)
   * is an error naming the link, and nothing of the target reaches the log; a link inside it is
   * read like any file.
   */
  private void linksOutOfContent() throws IOException {
    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("links"))).withPreviousSite();
    site.file("secret/config", "---\nfigid: [SECRET-TOKEN]\n---\n");
    site.file("content/shared/PMC2__inside.md", "---\nfigid: PMC2__inside\npmcid: PMC2\nfilename: f.jpg\n---\n");
    Files.createDirectories(site.content().resolve("figures"));
    Files.createDirectories(site.content().resolve("pages"));
    Files.createSymbolicLink(site.content().resolve("figures/PMC1__leak.md"), Path.of("../../secret/config"));
    Files.createSymbolicLink(site.content().resolve("pages/leak.md"), site.root().resolve("secret/config"));
    Files.createSymbolicLink(site.content().resolve("figures/PMC2__inside.md"), Path.of("../shared/PMC2__inside.md"));
    check(site, List.of(), List.of(
        "content/figures/PMC1__leak.md: error: symbolic link to a file outside the content folder",
        "content/pages/leak.md: error: symbolic link to a file outside the content folder"), 1, List.of());
    TestSite.Run r = site.build("--skip-invalid");
    assertThat(r.err()).doesNotContain("SECRET");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(site.output().resolve("figures/PMC2__inside.html")).exists();
    assertThat(site.output().resolve("leak.html")).doesNotExist();
  }

  /**
   * A record or page whose file name holds ESC, BEL and a screen-clearing sequence is named in
   * messages with those characters escaped (Printable.path), never raw (#17). Generated: such names
   * cannot be committed portably.
   */
  private void controlCharactersInFileNames() throws IOException {
    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("names"))).withPreviousSite();
    site.file("content/figures/PMC3__c\u001b[2J\u0007.md",
        "---\nfigid: PMC3__c\npmcid: PMC3\nfilename: f.jpg\ngenes:\n- word: W\n  hgnc_symbol: W\n  entrez: 1x\n---\n");
    site.file("content/pages/b\u001b]0;title\u0007.md", "---\ntitle: B\n---\n");
    check(site, List.of(), List.of(
        "content/figures/PMC3__c\\u001b[2J\\u0007.md:8:11: error: entrez must be digits, got \"1x\"",
        "content/pages/b\\u001b]0;title\\u0007.md:1:1: error: page file name 'b\\u001b]0;title\\u0007.md' is not a safe file name"),
        1, List.of());
    TestSite.Run r = site.build();
    assertThat(r.err().chars().filter(c -> c < 0x20 && c != '\n')).as("no raw control character on the terminal").isEmpty();
  }

  /**
   * Site pages named like a Windows device (con.md, Nul.txt.md) or differing from another only by
   * letter case (About.md and about.md) are errors (#17). Generated: git cannot check such files
   * out on Windows and macOS.
   */
  private void pageNamesWindowsAndMacosCannotHold() throws IOException {
    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("pages"))).withPreviousSite();
    site.file("content/figures/PMC1__a.md", "---\nfigid: PMC1__a\npmcid: PMC1\nfilename: f.jpg\n---\n");
    for (String name : List.of("con", "Nul.txt", "About", "about")) {
      site.file("content/pages/" + name + ".md", "---\ntitle: " + name + "\n---\nText.\n");
    }
    check(site, List.of(), List.of(
        "content/pages/Nul.txt.md:1:1: error: page 'Nul.txt.md' has a Windows device name (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9)",
        "content/pages/about.md:1:1: error: page 'about.md' differs from content/pages/About.md only by letter case",
        "content/pages/con.md:1:1: error: page 'con.md' has a Windows device name (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9)"),
        1, List.of());
  }
}
