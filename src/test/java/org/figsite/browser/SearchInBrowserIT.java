package org.figsite.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.figsite.pipeline.BuildOptions;
import org.figsite.pipeline.BuildReport;
import org.figsite.pipeline.SiteBuilder;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in headless Chromium on generated sites: how results are ranked, on a small inline site;
 * and, in benchmark mode, how long the first results take on a large generated corpus.
 *
 * <p>Benchmark mode is off by default. {@code -Dfigsite.bench.searchFigures=N} turns it on: the
 * test makes N old-layout records with {@code -Dfigsite.bench.genCorpus=…/gen_corpus.py} into
 * {@code figures/} of the content folder {@code -Dfigsite.bench.corpus=DIR} (default {@code
 * target/bench/content-N}; one with {@code DIR.done} beside it is reused), builds the site into {@code
 * target/bench/site-N} (its build cache makes a second run quick), then types each of {@link
 * #BENCH_QUERIES} into a freshly loaded search page one key at a time and measures, in the page,
 * from the last key's keydown to the first result row in the list. It prints every time and the
 * median, and fails when the median exceeds {@code -Dfigsite.bench.searchLimitMs} (default 300).
 */
class SearchInBrowserIT {
  static final String BENCH_FIGURES = "figsite.bench.searchFigures";
  static final List<String> BENCH_QUERIES = List.of(
      "TP53", "MAPK1", "AKT1", "EGFR", "KRAS", "IL6", "STAT3", "MTOR", "CASP3", "BRCA1", "PTEN");

  @TempDir static Path tmp;
  static WebDriver driver;

  @BeforeAll
  static void openBrowser() {
    driver = HeadlessChromium.start(tmp.resolve("chromium-profile"));
  }

  @AfterAll
  static void close() {
    if (driver != null) driver.quit();
  }

  @Test
  void geneSymbolsRankAbovePrintedWordsAboveTitleWords() throws IOException {
    // Newest first would be c, a, b; the kind of match decides before the year does.
    TestSite site = new TestSite(tmp.resolve("ranking")).withConfig()
        .file("content/figures/a.md", record("PMC1__a", "Growth signalling", "2022",
            "- word: ERK\n  symbol: ERK\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAPK1\n  entrez: '5594'\n"))
        .file("content/figures/b.md", record("PMC2__b", "Kinases", "2019",
            "- word: ERK\n  symbol: ERK\n  source: hgnc_symbol\n  hgnc_symbol: ERK\n  entrez: '1'\n"))
        .file("content/figures/c.md", record("PMC3__c", "ERK in development", "2023",
            "- word: TP53\n  symbol: TP53\n  source: hgnc_symbol\n  hgnc_symbol: TP53\n  entrez: '7157'\n"));
    try (StaticSiteServer server = serve(site.root().resolve("content"), site.root().resolve("figsite.yml"),
        site.root().resolve("site"))) {
      driver.get(server.siteUrl() + "/search.html?q=erk");
      assertThat(results()).containsExactly("/pfocr/figures/PMC2__b.html", "/pfocr/figures/PMC1__a.html",
          "/pfocr/figures/PMC3__c.html");
      assertThat(driver.findElements(By.cssSelector("#search-results li .match"))).extracting(WebElement::getText)
          .containsExactly("· gene match", "· word in figure", "· title match");
    }
  }

  @Test
  @Tag("benchmark")
  void firstResultsAppearSoonAfterTheKeystrokeOnALargeCorpus() throws Exception {
    Integer n = Integer.getInteger(BENCH_FIGURES);
    assumeTrue(n != null, "benchmark mode is off; run with -D" + BENCH_FIGURES + "=110000");
    Path corpus = corpus(n);
    Path out = Path.of("target", "bench", "site-" + n).toAbsolutePath();
    long t0 = System.nanoTime();
    try (StaticSiteServer server = serve(corpus, Path.of("figsite.yml"), out)) {
      System.out.printf("search benchmark: built %d figures in %d s; load average %s%n", n,
          TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), loadAverage());
      double limit = Double.parseDouble(System.getProperty("figsite.bench.searchLimitMs", "300"));
      for (boolean typed : new boolean[] {true, false}) {
        String how = typed ? "typed key by key" : "last key on a fresh page";
        List<Double> times = new ArrayList<>();
        for (String q : BENCH_QUERIES) {
          driver.get(server.siteUrl() + "/search.html");
          double ms = typeAndTimeFirstResult(q, typed);
          if (ms < 0) {
            // Seen once in 22 samples on a loaded machine: the row was in place but the observer
            // had not recorded it. Reported, and left out of the median rather than guessed.
            System.out.printf("search benchmark (%s): %-6s no result row observed after the last key%n", how, q);
            continue;
          }
          times.add(ms);
          System.out.printf("search benchmark (%s): %-6s %6.0f ms to the first result (%s)%n", how, q, ms,
              driver.findElement(By.id("search-status")).getText());
        }
        List<Double> sorted = times.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        System.out.printf("search benchmark (%s): %d figures, median %.0f ms, min %.0f, max %.0f over %d queries; "
            + "load average %s%n", how, n, median, sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(),
            loadAverage());
        assertThat(median).as("median ms from keystroke to first result, %s", how).isLessThanOrEqualTo(limit);
      }
    }
  }

  /**
   * Types q and reports the milliseconds from the last key's keydown to the first result row
   * added to the list, both read from the page's own clock. Typed key by key, each key waits for
   * the previous prefix's search to settle, as when a person types (the manifest and often the
   * shard are then already loaded); otherwise all but the last character are put in the box
   * without a search, so the last key's search loads everything it needs.
   */
  private static double typeAndTimeFirstResult(String q, boolean keyByKey) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__down = 0; window.__first = 0;"
        + "document.getElementById('q').addEventListener('keydown', function (e) { window.__down = performance.now();"
        + " window.__first = 0; }, true);"
        + "new MutationObserver(function (ms) { if (window.__first || !window.__down) return;"
        + " ms.forEach(function (m) { Array.prototype.forEach.call(m.addedNodes, function (x) {"
        + " if (x.nodeName === 'LI' && !window.__first) window.__first = performance.now(); }); }); })"
        + ".observe(document.getElementById('search-results'), {childList: true});");
    WebElement input = driver.findElement(By.id("q"));
    int from = 0;
    if (!keyByKey) {
      from = q.length() - 1;
      js.executeScript("document.getElementById('q').value = arguments[0];", q.substring(0, from));
    }
    for (int i = from; i < q.length(); i++) {
      input.sendKeys(q.substring(i, i + 1));
      String typed = q.substring(0, i + 1);
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
        String state = d.findElement(By.id("search-results")).getAttribute("data-state");
        return d.getCurrentUrl().endsWith("?q=" + typed) && ("done".equals(state) || "error".equals(state));
      });
    }
    Number down = (Number) js.executeScript("return window.__down;");
    Number first = (Number) js.executeScript("return window.__first;");
    assertThat(driver.findElements(By.cssSelector("#search-results li"))).as("result rows for %s (state %s: %s)", q,
        driver.findElement(By.id("search-results")).getAttribute("data-state"),
        driver.findElement(By.id("search-status")).getText()).isNotEmpty();
    return first.doubleValue() > 0 ? first.doubleValue() - down.doubleValue() : -1;
  }

  private static StaticSiteServer serve(Path content, Path config, Path out) throws IOException {
    StaticSiteServer server = new StaticSiteServer(out, "/pfocr");
    BuildReport r = new SiteBuilder("test").build(new BuildOptions(content, content.toString(),
        Path.of("templates"), "templates", out, out.toString(), config, config.toString(),
        Optional.of(server.siteUrl()), Runtime.getRuntime().availableProcessors(), true, false, false));
    assertThat(r.published()).as("build published; problems: %s", r.problems().sorted()).isTrue();
    server.start();
    return server;
  }

  /** The content folder of a generated corpus of n records: made once, then reused. */
  private static Path corpus(int n) throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("figsite.bench.corpus", "target/bench/content-" + n)).toAbsolutePath();
    Path done = dir.resolveSibling(dir.getFileName() + ".done");
    if (Files.exists(done)) return dir;
    String gen = System.getProperty("figsite.bench.genCorpus");
    assertThat(gen).as("-Dfigsite.bench.genCorpus=…/gen_corpus.py (to make the corpus at %s)", dir).isNotNull();
    Files.createDirectories(dir.resolve("figures"));
    Process p = new ProcessBuilder("python3", gen, "--count", String.valueOf(n), "--out", dir.resolve("figures").toString())
        .inheritIO().start();
    assertThat(p.waitFor()).as("gen_corpus.py exit status").isZero();
    Files.createFile(done);
    return dir;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String record(String figid, String title, String year, String genes) {
    return "---\nfigid: " + figid + "\nfigtitle: " + title + "\ncaption: A caption.\npmcid: " + figid.split("__")[0]
        + "\nfilename: " + figid.split("__")[1] + ".jpg\nyear: '" + year + "'\norganisms:\n- Homo sapiens\ngenes:\n"
        + genes + "---\n";
  }

  /** Waits for the search to finish and returns the result links' paths. */
  private static List<String> results() {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
      String state = d.findElement(By.id("search-results")).getAttribute("data-state");
      return "done".equals(state) || "error".equals(state);
    });
    assertThat(driver.findElement(By.id("search-results")).getAttribute("data-state")).isEqualTo("done");
    return driver.findElements(By.cssSelector("#search-results li > a")).stream()
        .map(a -> a.getAttribute("pathname")).toList();
  }
}
