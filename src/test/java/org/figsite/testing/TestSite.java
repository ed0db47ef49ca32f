package org.figsite.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.figsite.cli.Main;

/**
 * A project folder written inline by a test, so that the test shows its whole input, and the real
 * command line run over it: {@code content/}, {@code templates/}, {@code figsite.yml} and the
 * output folder {@code site-output/}, as {@code figsite init} lays them out.
 *
 * <p>Every run is read the same way, through {@link Run}: its exit code, what it printed with
 * this folder's absolute path removed, and the problem {@link Run#headlines() headlines}.
 */
public final class TestSite {
  public static final String CONFIG = "title: Test site\nurl: https://example.org\n";
  /** A valid record for the "previous good site" a failing case must leave untouched. */
  public static final String BASE_RECORD = "---\nfigid: PMC9__base\npmcid: PMC9\nfilename: base.jpg\n"
      + "figtitle: Base figure\nfigid_alias: PMC9__B1\ngenes:\n- word: EGFR\n  symbol: EGFR\n"
      + "  hgnc_symbol: EGFR\n  entrez: '1956'\n---\nBase body.\n";
  /** Unless a test picks its own, so that results never depend on this machine's cores. */
  private static final String THREADS = "2";

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

  public Path content() {
    return root.resolve("content");
  }

  public Path output() {
    return root.resolve("site-output");
  }

  public Path config() {
    return root.resolve("figsite.yml");
  }

  /** Writes {@link #CONFIG} as {@code figsite.yml}. */
  public TestSite withConfig() {
    return file("figsite.yml", CONFIG);
  }

  public TestSite file(String relative, String text) {
    return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds or replaces files: path, text, path, text… (paths relative to this folder). */
  public TestSite files(String... pathThenText) {
    if (pathThenText.length % 2 != 0) throw new IllegalArgumentException("path, text pairs expected");
    for (int i = 0; i < pathThenText.length; i += 2) file(pathThenText[i], pathThenText[i + 1]);
    return this;
  }

  public TestSite bytes(String relative, byte[] data) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.write(p, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public String read(String relative) {
    return FileTrees.read(root.resolve(relative));
  }

  /** Writes the config and copies the real sample records into content/figures/. */
  public TestSite withSampleRecords() {
    withConfig();
    FileTrees.copy(Path.of("content/figures"), content().resolve("figures"));
    return this;
  }

  /**
   * Builds a site of {@link #BASE_RECORD} and then removes the content: the "previous site" that
   * a case builds over and, when it fails, must leave as it was.
   */
  public TestSite withPreviousSite() {
    withConfig().file("content/figures/PMC9__base.md", BASE_RECORD);
    Run r = build();
    if (r.exitCode() != 0) throw new IllegalStateException("baseline build failed:\n" + r.err());
    FileTrees.delete(content());
    return this;
  }

  /** The output folder's {@link FileTrees#snapshot snapshot}. */
  public Map<String, String> outputSnapshot() {
    return FileTrees.snapshot(output());
  }

  /**
   * A {@link FileTrees#snapshot snapshot} of everything in this folder but the output folder and
   * the build cache beside it, which changes with every successful build by design.
   */
  public Map<String, String> snapshotBesideOutput() {
    String cache = "." + output().getFileName() + ".figsite-cache";
    return FileTrees.snapshot(root, p -> p.startsWith(output()) || root.relativize(p).toString().startsWith(cache));
  }

  /**
   * Runs {@code figsite build} over this folder, plus any extra arguments; an option given there
   * (say {@code --output}) replaces this folder's.
   */
  public Run build(String... extra) {
    return runHere(List.of("build"), extra, "--content", content().toString(), "--templates",
        path("templates").toString(), "--output", output().toString(), "--config", config().toString(),
        "--threads", THREADS);
  }

  /** {@link #build}, which must succeed: a failure fails the test with what the build printed. */
  public Run buildOk(String... extra) {
    Run r = build(extra);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  /** Runs {@code figsite check} over this folder's output and content, plus any extra arguments. */
  public Run check(String... extra) {
    return runHere(List.of("check"), extra, "--site", output().toString(), "--content", content().toString(),
        "--threads", THREADS);
  }

  /** The command, then {@code extra}, then each default option and value that {@code extra} does not give. */
  private Run runHere(List<String> command, String[] extra, String... defaults) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(extra));
    for (int i = 0; i < defaults.length; i += 2) {
      if (!List.of(extra).contains(defaults[i])) args.addAll(List.of(defaults[i], defaults[i + 1]));
    }
    Run r = run(args.toArray(new String[0]));
    return new Run(r.exitCode(), relative(r.out()), relative(r.err()));
  }

  /** This folder's paths as the user typed them: relative, the folder itself as ".". */
  private String relative(String printed) {
    return printed.replace(root + "/", "").replace(root.toString(), ".");
  }

  /** Runs any figsite command in-process, as given (absolute paths stay absolute). */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** What one command returned and printed. */
  public record Run(int exitCode, String out, String err) {
    /**
     * The first line of every problem, {@code path[:line:col]: error|warning: message}, in printed
     * order: not the source excerpt, caret or hint below it, nor figsite's own summary lines.
     */
    public List<String> headlines() {
      try (Stream<String> lines = err.lines()) {
        return lines.filter(l -> l.matches("\\S.*?: (error|warning): .*") && !l.startsWith("figsite:")).toList();
      }
    }
  }
}
