package org.figsite.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.Optional;
import org.figsite.build.BuildOptions;
import org.figsite.build.BuildReport;
import org.figsite.build.SiteBuilder;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Builds the sample site (the eight real records in content/figures/) under a base path, serves
 * it on localhost and drives Debian's headless Chromium through it. One gene per page and three
 * figures per index page, so that the small sample paginates.
 */
class SiteInBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String SEED = "PMC8023395__nihms-1688996-f0002";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;
  static StaticSiteServer server;
  static WebDriver driver;
  static String site;

  @BeforeAll
  static void buildServeAndOpenBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
          + "; install them with: apt-get install -y chromium chromium-driver");
    }
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

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + tmp.resolve("chromium-profile"), "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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
