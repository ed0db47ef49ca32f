package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A site built for /pfocr is served at /pfocr/, as it will be on GitHub Pages. */
class BaseurlMountTest extends FakeSiteServerTest {
  @BeforeEach
  void start() throws IOException {
    serve(new FakeSite(tmp).pages("index.html", "about.html", "figures/index.html", "404.html"), "/pfocr");
  }

  @Test
  void servesSiteUnderBaseurl() throws Exception {
    assertThat(http.get("/pfocr/").body()).contains("<body>index.html<");
    assertThat(http.get("/pfocr/about").body()).contains("<body>about.html<");
    assertThat(http.get("/pfocr/figures/").body()).contains("<body>figures/index.html<");
  }

  /** The root, the base URL without its slash, and a folder without its slash. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"/, /pfocr/", "/pfocr, /pfocr/", "/pfocr/figures, /pfocr/figures/"})
  void redirectsToAFolderUnderTheBaseurl(String path, String location) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue(location);
  }

  @Test
  void returns404ForPathsOutsideBaseurl() throws Exception {
    HttpResponse<String> r = http.get("/about");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("<body>404.html<");
    assertThat(http.get("/pfocrx/about").statusCode()).isEqualTo(404);
  }
}
