package org.figsite.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
  @TempDir Path dir;
  private final Problems problems = new Problems();

  private Optional<SiteConfig> read(String yaml) throws IOException {
    Path f = dir.resolve("figsite.yml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return ConfigReader.read(f, "figsite.yml", problems);
  }

  private List<String> headlines() {
    return problems.sorted().stream().map(Problem::headline).toList();
  }

  @Test
  void readsTheKeysAndNormalizesTheAddress() throws IOException {
    SiteConfig c = read("title: PFOCR\nurl: https://example.org/\nbaseurl: pfocr/\nfigures_per_page: 50\n").orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    assertThat(c.title()).isEqualTo("PFOCR");
    assertThat(c.url()).isEqualTo("https://example.org");
    assertThat(c.baseurl()).isEqualTo("/pfocr");
    assertThat(c.figuresPerPage()).isEqualTo(50);
  }

  @Test
  void anUnknownKeyIsAnErrorAtItsPlaceListingTheKnownOnes() throws IOException {
    read("title: x\nurl: https://example.org\nbaseURL: /pfocr\n");
    assertThat(headlines()).containsExactly("figsite.yml:3:1: error: unknown configuration key 'baseURL'");
    assertThat(problems.sorted().get(0).hint()).contains("baseurl").contains("figures_per_page");
  }

  @Test
  void aDuplicateKeyIsAnError() throws IOException {
    read("url: https://example.org\ntitle: a\ntitle: b\n");
    assertThat(headlines()).containsExactly("figsite.yml:3:1: error: duplicate key 'title'");
  }

  @Test
  void urlMustBeAnOriginAndPresent() throws IOException {
    read("title: x\nurl: https://example.org/pfocr\n");
    assertThat(headlines()).containsExactly("figsite.yml:2:6: error: url must be an origin like https://example.org");
    Problems none = new Problems();
    Path f = dir.resolve("empty.yml");
    Files.writeString(f, "title: x\n");
    assertThat(ConfigReader.read(f, "empty.yml", none)).isEmpty();
    assertThat(none.sorted()).extracting(Problem::headline).containsExactly("empty.yml:1:1: error: missing 'url'");
    assertThat(none.sorted().get(0).hint()).contains("--base-url");
  }

  @Test
  void baseurlMustBeAPath() throws IOException {
    read("url: https://example.org\nbaseurl: /a b\n");
    assertThat(headlines()).containsExactly("figsite.yml:2:10: error: baseurl must be a path like /pfocr");
  }

  @Test
  void numbersAndFlagsAreChecked() throws IOException {
    read("url: https://example.org\nfigures_per_page: 0\nfigure_downloads: yes please\nthumbnails: no\n");
    assertThat(headlines()).containsExactly(
        "figsite.yml:2:19: error: expected a whole number of at least 1, got '0'",
        "figsite.yml:3:19: error: expected true or false, got 'yes please'",
        "figsite.yml:4:13: error: expected true or false, got 'no'");
  }

  @Test
  void aMissingFileSaysHowToMakeOne() {
    assertThat(ConfigReader.read(dir.resolve("figsite.yml"), "figsite.yml", problems)).isEmpty();
    assertThat(headlines()).containsExactly("figsite.yml: error: configuration file not found");
  }

  @Test
  void baseUrlOptionForms() {
    assertThat(ConfigReader.parseBaseUrlOption("https://example.org/pfocr/", problems))
        .hasValueSatisfying(s -> assertThat(s).containsExactly("https://example.org", "/pfocr"));
    assertThat(ConfigReader.parseBaseUrlOption("http://localhost:4000", problems))
        .hasValueSatisfying(s -> assertThat(s).containsExactly("http://localhost:4000", ""));
    assertThat(ConfigReader.parseBaseUrlOption("https://example.org/a/b", problems))
        .hasValueSatisfying(s -> assertThat(s).containsExactly("https://example.org", "/a/b"));
    assertThat(problems.sorted()).isEmpty();
    assertThat(ConfigReader.parseBaseUrlOption("example.org/pfocr", problems)).isEmpty();
    assertThat(ConfigReader.parseBaseUrlOption("ftp://example.org", problems)).isEmpty();
    assertThat(ConfigReader.parseBaseUrlOption("https://example.org/a b", problems)).isEmpty();
    assertThat(headlines()).hasSize(3).allMatch(h -> h.startsWith("--base-url: error: not an absolute http(s) URL: "));
  }
}
