package org.figsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.figsite.pipeline.BuildOptions;
import org.figsite.pipeline.BuildReport;
import org.figsite.pipeline.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Builds the sample site (the eight real records in content/figures/) under a base path, serves
 * it on localhost and drives Debian's headless Chromium through it. One gene per page and three
 * figures per index page, so that the small sample paginates.
 */
class SiteInBrowserIT {
  static final String SEED = "PMC8023395__nihms-1688996-f0002";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;
  static StaticSiteServer server;
  static WebDriver driver;
  static String site;

  @BeforeAll
  static void buildServeAndOpenBrowser() throws IOException {
    Path out = tmp.resolve("site");
    server = new StaticSiteServer(out, "/pfocr");
    Path config = tmp.resolve("figsite.yml");
    String yml = Files.readString(Path.of("figsite.yml"))
        .replaceAll("(?m)^figures_per_gene_page:.*$", "figures_per_gene_page: 1")
        .replaceAll("(?m)^figures_per_page:.*$", "figures_per_page: 3");
    Files.writeString(config, yml);
    BuildReport r = new SiteBuilder("test").build(new BuildOptions(Path.of("content"), "content",
        Path.of("templates"), "templates", out, "site", config, "figsite.yml",
        Optional.of(server.siteUrl()), 2, false, false, false));
    assertThat(r.published()).as("build published; problems: %s", r.problems().sorted()).isTrue();
    server.start();
    site = server.siteUrl();

    driver = HeadlessChromium.start(tmp.resolve("chromium-profile"));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void close() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  @Test
  void searchFindsTheSeedFigureByGeneSymbol() throws IOException {
    driver.get(site + "/search.html?q=ERBB2");
    List<String> hrefs = results();
    assertThat(hrefs).contains("/pfocr/figures/" + SEED + ".html");
    assertThat(driver.findElement(By.id("search-status")).getText()).contains("figures match “ERBB2”");
    assertThat(driver.findElement(By.cssSelector("#search-results li .match")).getText()).isEqualTo("· gene match");
    long bytes = Long.parseLong(driver.findElement(By.id("search-results")).getAttribute("data-bytes"));
    assertThat(bytes).as("bytes fetched for one query").isPositive().isLessThan(20_000);
    screenshot("search-erbb2");
  }

  @Test
  void searchFindsTheSeedFigureByATitleWordTypedIntoTheForm() {
    driver.get(site + "/search.html");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("personalized", Keys.ENTER);
    assertThat(results()).containsExactly("/pfocr/figures/" + SEED + ".html");
    assertThat(driver.getCurrentUrl()).endsWith("/search.html?q=personalized");
    assertThat(driver.findElement(By.cssSelector("#search-results li .match")).getText()).isEqualTo("· title match");
  }

  @Test
  void organismFilterNarrowsTheResults() {
    driver.get(site + "/search.html?q=ERBB2");
    assertThat(results()).hasSizeGreaterThan(1);
    new Select(driver.findElement(By.id("org"))).selectByValue("syringa-vulgaris");
    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    wait(d -> d.getCurrentUrl().contains("org=syringa-vulgaris"));
    assertThat(results()).containsExactly("/pfocr/figures/" + SEED + ".html");
  }

  @Test
  void searchForAnUnknownWordSaysNothingMatchesAndSuggests() {
    driver.get(site + "/search.html?q=ERBB");
    assertThat(results()).isEmpty();
    String status = driver.findElement(By.id("search-status")).getText();
    assertThat(status).contains("No figures match").contains("Did you mean").contains("ERBB2");
  }

  @Test
  void homePageSearchBoxLeadsToResults() {
    driver.get(site + "/");
    WebElement q = driver.findElement(By.id("home-q"));
    q.sendKeys("HRAS", Keys.ENTER);
    wait(d -> d.getCurrentUrl().contains("/search.html?q=HRAS"));
    assertThat(results()).isNotEmpty();
  }

  @Test
  void aliasStubEndsOnTheFigurePage() {
    driver.get(site + "/figures/PMC8023395__F2.html");
    wait(d -> d.getCurrentUrl().endsWith("/pfocr/figures/" + SEED + ".html"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Towards personalized treatment for early stage HER2-positive breast cancer");
  }

  /** The meta refresh alone would drop the fragment: the stub's script keeps it. */
  @Test
  void aliasStubKeepsTheHash() {
    driver.get(site + "/figures/PMC8023395__F2.html#genes");
    wait(d -> d.getCurrentUrl().endsWith("/pfocr/figures/" + SEED + ".html#genes"));
  }

  @Test
  void figurePageJsonLdIsInTheDomAndParses() throws Exception {
    driver.get(site + "/figures/" + SEED + ".html");
    Object type = ((JavascriptExecutor) driver).executeScript(
        "var s = document.querySelector('script[type=\"application/ld+json\"]');"
            + "return s ? JSON.parse(s.textContent)['@type'] : null;");
    assertThat(type).isEqualTo("Dataset");
    screenshot("figure-page");

    String json = driver.findElement(By.linkText("record (JSON)")).getAttribute("href");
    String tsv = driver.findElement(By.linkText("genes (TSV)")).getAttribute("href");
    assertThat(get(json)).startsWith("{\"figid\":\"" + SEED + "\"");
    assertThat(get(tsv)).startsWith("organism_id\torganism_name\tword\tsymbol\tncbigene_id\n")
        .contains("9606\tHomo sapiens\tHER2\tERBB2\t2064\n");
  }

  @Test
  void genePagesPaginateAndListEachFigureOnce() {
    // MAPK3 is in four of the eight sample figures; one figure per page.
    driver.get(site + "/genes/MAPK3.html");
    List<String> seen = new ArrayList<>();
    for (int page = 1; ; page++) {
      assertThat(driver.getTitle()).startsWith("Gene MAPK3 (page " + page + " of 4)");
      List<WebElement> cards = driver.findElements(By.cssSelector("ol.cards > li > a:first-child"));
      assertThat(cards).hasSize(1);
      seen.add(cards.get(0).getAttribute("pathname"));
      List<WebElement> next = driver.findElements(By.cssSelector("nav.pages a[rel=next]"));
      if (next.isEmpty()) break;
      assertThat(driver.findElements(By.cssSelector("link[rel=next]"))).hasSize(1);
      next.get(0).click();
      int expected = page + 1;
      wait(d -> d.getCurrentUrl().endsWith("/genes/MAPK3/" + expected + ".html"));
      assertThat(driver.findElements(By.cssSelector("link[rel=prev]"))).hasSize(1);
    }
    assertThat(seen).hasSize(4).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void figureIndexIsNewestFirstAndPaginated() {
    driver.get(site + "/figures/index.html");
    List<String> years = new ArrayList<>();
    int pages = 0;
    while (true) {
      pages++;
      for (WebElement li : driver.findElements(By.cssSelector("ol.cards > li"))) {
        List<WebElement> y = li.findElements(By.className("year"));
        years.add(y.isEmpty() ? "" : y.get(0).getText());
      }
      List<WebElement> next = driver.findElements(By.cssSelector("nav.pages a[rel=next]"));
      if (next.isEmpty()) break;
      next.get(0).click();
    }
    assertThat(pages).isEqualTo(3);
    assertThat(years).hasSize(8).startsWith("2019").endsWith("");
    List<String> dated = years.stream().filter(y -> !y.isEmpty()).toList();
    assertThat(dated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void organismIndexLeadsToOrganismPages() {
    driver.get(site + "/organisms/index.html");
    driver.findElement(By.linkText("Syringa vulgaris")).click();
    wait(d -> d.getCurrentUrl().endsWith("/organisms/syringa-vulgaris.html"));
    assertThat(driver.findElements(By.cssSelector("ol.cards > li > a:first-child")))
        .extracting(e -> e.getAttribute("pathname")).containsExactly("/pfocr/figures/" + SEED + ".html");
  }

  @Test
  void searchPageIsUsableOnAPhone() throws IOException {
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(390, 844));
      driver.get(site + "/search.html?q=MAPK1");
      assertThat(results()).isNotEmpty();
      Object overflow = ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
      assertThat(overflow).as("page wider than the phone screen").isEqualTo(false);
      screenshot("search-phone");
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Test
  void resultsFollowTheQueryAsItIsTypedFetchingEachFileOnce() {
    driver.get(site + "/search.html");
    WebElement q = driver.findElement(By.id("q"));
    // One character at a time, slower than the debounce, so that every prefix is searched for.
    for (char c : "MAPK1".toCharArray()) {
      q.sendKeys(String.valueOf(c));
      sleep(300);
    }
    wait(d -> d.getCurrentUrl().endsWith("/search.html?q=MAPK1"));
    List<String> found = results();
    assertThat(found).isNotEmpty();
    assertThat(driver.findElement(By.id("search-status")).getText()).contains("match “MAPK1”");
    @SuppressWarnings("unchecked")
    List<String> fetched = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
            + ".filter(function (n) { return n.indexOf('/search/') >= 0; });");
    assertThat(fetched).as("index files fetched while typing MAPK1").doesNotHaveDuplicates()
        .contains(site + "/search/manifest.json")
        .anyMatch(u -> u.startsWith(site + "/search/t/ma"));
    // Typed faster than the debounce (five input events in one task), the query is searched for
    // once, when the typing stops.
    driver.get(site + "/search.html");
    ((JavascriptExecutor) driver).executeScript("window.__runs = 0; var l = document.getElementById('search-results');"
        + "new MutationObserver(function (m) { m.forEach(function (r) { if (r.attributeName === 'data-state'"
        + " && l.getAttribute('data-state') === 'loading') window.__runs++; }); }).observe(l, {attributes: true});"
        + "var q = document.getElementById('q'); 'MAPK1'.split('').forEach(function (c) {"
        + " q.value += c; q.dispatchEvent(new Event('input', {bubbles: true})); });");
    assertThat(results()).isEqualTo(found);
    sleep(300);
    assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return window.__runs;")).intValue())
        .as("searches run for MAPK1 typed at once").isEqualTo(1);
  }

  @Test
  void arrowKeysMoveBetweenTheSearchBoxAndTheResultsAndEnterOpensOne() {
    driver.get(site + "/search.html");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("MAPK3");
    List<String> found = results();
    assertThat(found).hasSizeGreaterThan(2);
    q.sendKeys(Keys.ARROW_DOWN);
    assertThat(focusedHref()).isEqualTo(found.get(0));
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertThat(focusedHref()).isEqualTo(found.get(2));
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertThat(focusedHref()).isEqualTo(found.get(1));
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    q.sendKeys(Keys.ARROW_DOWN);
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    q.sendKeys(Keys.ARROW_DOWN);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait(d -> d.getCurrentUrl().endsWith(found.get(0)));
  }

  @Test
  void aSharedSearchAddressShowsTheSameResultsAndFilter() {
    driver.get(site + "/search.html");
    driver.findElement(By.id("q")).sendKeys("ERBB2");
    List<String> found = results();
    new Select(driver.findElement(By.id("org"))).selectByValue("syringa-vulgaris");
    wait(d -> d.getCurrentUrl().endsWith("/search.html?q=ERBB2&org=syringa-vulgaris"));
    List<String> filtered = results();
    assertThat(filtered).hasSizeLessThan(found.size());
    String shared = driver.getCurrentUrl();
    driver.get(site + "/");
    driver.get(shared);
    assertThat(results()).isEqualTo(filtered);
    assertThat(new Select(driver.findElement(By.id("org"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("syringa-vulgaris");
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("ERBB2");
  }

  @Test
  void searchFindsWordsPrintedInTheFigure() {
    // AKT is no gene symbol: two sample figures print it (one as "'>AKT'"), matched to AKT1.
    driver.get(site + "/search.html?q=AKT");
    assertThat(results()).containsExactlyInAnyOrder(
        "/pfocr/figures/PMC6372626__41467_2019_8576_Fig6_HTML.html", "/pfocr/figures/PMC2647780__pcbi.1000287.g001.html");
    assertThat(driver.findElements(By.cssSelector("#search-results li .match")))
        .extracting(WebElement::getText).containsOnly("· word in figure");
    driver.get(site + "/search.html?q=" + java.net.URLEncoder.encode("EGFR/HER1", StandardCharsets.UTF_8));
    assertThat(results()).containsExactly("/pfocr/figures/" + SEED + ".html");
    // HER2 is printed in the seed figure and is also a word of its title: the printed word ranks higher.
    driver.get(site + "/search.html?q=HER2");
    assertThat(results()).containsExactly("/pfocr/figures/" + SEED + ".html");
    assertThat(driver.findElement(By.cssSelector("#search-results li .match")).getText()).isEqualTo("· word in figure");
  }

  @Test
  void cardsShowAThumbnailBoxThatKeepsItsSizeAndSaysNoImageWhenTheImageCannotLoad() throws IOException {
    for (String page : List.of("/figures/index.html", "/genes/MAPK3.html", "/", "/search.html?q=MAPK3")) {
      driver.get(site + page);
      if (page.startsWith("/search")) results();
      List<WebElement> cards = driver.findElements(By.cssSelector(".th > li"));
      assertThat(cards).as(page).isNotEmpty();
      // The first card's image (blocked here) fails to load and leaves the box.
      wait(d -> d.findElements(By.cssSelector(".th > li:first-child img")).isEmpty());
      assertThat(thumbnailOf(0)).as(page).startsWith("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC");
      for (WebElement card : cards) {
        Map<?, ?> box = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
            "var s = getComputedStyle(arguments[0], '::before');"
                + "return {content: s.content, width: s.width, height: s.height};", card);
        assertThat(box.get("content")).as(page).isEqualTo("\"No image\"");
        assertThat(box.get("width")).isEqualTo("96px");
        assertThat(box.get("height")).isEqualTo("72px");
      }
    }
    // The image element itself is sized by the stylesheet, whether or not it has loaded.
    driver.get(site + "/figures/index.html");
    ((JavascriptExecutor) driver).executeScript("var i = document.createElement('img'); i.className = 't';"
        + "document.querySelector('.th > li > a').prepend(i);");
    WebElement img = driver.findElement(By.cssSelector(".th img.t"));
    assertThat(img.getRect().getWidth()).isEqualTo(96);
    assertThat(img.getRect().getHeight()).isEqualTo(72);
    screenshot("figure-index-thumbnails");
  }

  @Test
  void thumbnailsAreLazyAndPointAtThePmcImage() {
    driver.get(site + "/organisms/syringa-vulgaris.html");
    assertThat(thumbnailOf(0)).isEqualTo(
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8023395/bin/nihms-1688996-f0002.jpg lazy alt=''");
  }

  /**
   * The thumbnail thumbs.js gives a copy of card i ("src loading alt='…'"), read before the
   * blocked image's load fails and removes it.
   */
  private static String thumbnailOf(int i) {
    return (String) ((JavascriptExecutor) driver).executeScript(
        "var li = document.querySelectorAll('.th > li')[arguments[0]].cloneNode(true);"
            + "Array.prototype.forEach.call(li.querySelectorAll('img'), function (x) { x.remove(); });"
            + "var list = document.createElement('ol'); list.className = 'th'; list.appendChild(li);"
            + "document.body.appendChild(list); window.figsiteThumbs(list); var img = li.querySelector('a > img.t');"
            + "list.remove(); return img ? img.getAttribute('src') + ' ' + img.loading + \" alt='\" + img.alt + \"'\" : '';",
        i);
  }

  @Test
  void figurePageSaysWhereTheImageIsHostedWhenItCannotBeShown() throws IOException {
    driver.get(site + "/figures/" + SEED + ".html");
    WebElement link = driver.findElement(By.cssSelector("figure.figure > a"));
    wait(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "var i = document.querySelector('figure.figure img'); return i.complete && i.naturalWidth === 0;"));
    Object before = ((JavascriptExecutor) driver).executeScript(
        "return getComputedStyle(arguments[0], '::before').content;", link);
    assertThat(before).asString().contains("hosted at PMC");
    assertThat(link.getAttribute("href"))
        .isEqualTo("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8023395/bin/nihms-1688996-f0002.jpg");
    assertThat(link.getRect().getHeight()).isGreaterThanOrEqualTo(96);
    screenshot("figure-page-no-image");
  }

  private static String focusedHref() {
    return driver.switchTo().activeElement().getAttribute("pathname");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the search to finish and returns the result links' paths. */
  private static List<String> results() {
    wait(d -> {
      String state = d.findElement(By.id("search-results")).getAttribute("data-state");
      return "done".equals(state) || "error".equals(state);
    });
    assertThat(driver.findElement(By.id("search-results")).getAttribute("data-state")).isEqualTo("done");
    return driver.findElements(By.cssSelector("#search-results li > a")).stream()
        .map(a -> a.getAttribute("pathname")).toList();
  }

  private static void wait(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }

}
