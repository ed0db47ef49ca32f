package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site built for /pfocr is served at /pfocr/, as it will be on GitHub Pages. */
class BaseurlMountTest {
  @TempDir Path tmp;
  @AutoClose ServedSite served;
  Http http;

  @BeforeEach
  void start() throws IOException {
    FakeSite site = new FakeSite(tmp)
        .write("index.html", "<body>home</body>")
        .write("about.html", "<body>about</body>")
        .write("figures/index.html", "<body>figures</body>")
        .write("404.html", "<body>custom not found</body>");
    served = site.serve("/pfocr");
    http = served.http;
  }

  @Test
  void servesSiteUnderBaseurl() throws Exception {
    assertThat(http.get("/pfocr/").body()).contains("home");
    assertThat(http.get("/pfocr/about").body()).contains("about");
    assertThat(http.get("/pfocr/figures/").body()).contains("figures");
  }

  @Test
  void redirectsRootToBaseurl() throws Exception {
    HttpResponse<String> r = http.get("/");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/pfocr/");
  }

  @Test
  void redirectsBaseurlWithoutSlash() throws Exception {
    HttpResponse<String> r = http.get("/pfocr");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/pfocr/");
  }

  @Test
  void redirectsFolderUnderBaseurlWithinBaseurl() throws Exception {
    assertThat(http.get("/pfocr/figures").headers().firstValue("Location")).hasValue("/pfocr/figures/");
  }

  @Test
  void returns404ForPathsOutsideBaseurl() throws Exception {
    HttpResponse<String> r = http.get("/about");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("custom not found");
    assertThat(http.get("/pfocrx/about").statusCode()).isEqualTo(404);
  }
}
