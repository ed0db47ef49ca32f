package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How files are found and sent: GitHub Pages' path rules, 404s, content types, methods, and paths that try to escape. */
class StaticServingTest extends FakeSiteServerTest {
  @BeforeEach
  void start() throws IOException {
    serve(new FakeSite(tmp.resolve("project"))
        .pages("index.html", "about.html", "figures/index.html", "figures/X.html", "404.html")
        .write("style.css", "body{}")
        .write("empty.txt", ""), "");
  }

  /** Which file a path is answered with, as on GitHub Pages. */
  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "/,                  200, index.html",
    "/about,             200, about.html",
    "/figures/X,         200, figures/X.html",
    "/figures/X.html,    200, figures/X.html",
    "/figures/,          200, figures/index.html",
    "/no/such/page,      404, 404.html",
  })
  void answersAPathWithTheFileGitHubPagesWould(String path, int status, String file) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.body()).contains("<body>" + file + "<");
  }

  @Test
  void redirectsDirectoryWithoutSlashToSlashKeepingQuery() throws Exception {
    HttpResponse<String> r = http.get("/figures?page=2");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/figures/?page=2");
  }

  @Test
  void aPageWinsOverAFolderOfTheSameNameAsOnGitHubPages() throws Exception {
    // figsite's own sites have search.html beside the search index's folder search/.
    Files.writeString(site.output.resolve("search.html"), "<html><body>search page</body></html>");
    Files.createDirectories(site.output.resolve("search"));
    Files.writeString(site.output.resolve("search/manifest.json"), "{}");
    HttpResponse<String> r = http.get("/search?q=TP53");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("search page");
    assertThat(http.get("/search/manifest.json").body()).isEqualTo("{}");
  }

  @Test
  void redirectsToAPathOnThisSiteEvenWhenTheRequestStartsWithSlashes() throws Exception {
    Files.createDirectories(site.output.resolve("evil.example"));
    String response = http.raw("///evil.example");
    assertThat(response).startsWith("HTTP/1.1 301 ").containsIgnoringCase("location: /evil.example/\r\n");
  }

  @Test
  void sendsThe404PageAsHtml() throws Exception {
    assertThat(http.get("/no/such/page").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
  }

  @Test
  void returnsPlainText404WhenSiteHasNo404Page() throws Exception {
    Files.delete(site.output.resolve("404.html"));
    HttpResponse<String> r = http.get("/missing");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(r.body()).startsWith("404 not found");
  }

  @Test
  void returns404ForDirectoryWithoutIndex() throws Exception {
    Files.createDirectories(site.output.resolve("bare"));
    assertThat(http.get("/bare/").statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource({
    "a.html, text/html; charset=utf-8",
    "a.css, text/css; charset=utf-8",
    "a.js, text/javascript; charset=utf-8",
    "a.json, application/json; charset=utf-8",
    "a.xml, application/xml; charset=utf-8",
    "a.txt, text/plain; charset=utf-8",
    "a.tsv, text/tab-separated-values; charset=utf-8",
    "a.gmt, text/plain; charset=utf-8",
    "a.svg, image/svg+xml; charset=utf-8",
    "a.png, image/png",
    "a.jpg, image/jpeg",
    "a.woff2, font/woff2",
    "a.unknownext, application/octet-stream",
  })
  void sendsContentTypeForExtensionWithCharsetOnText(String name, String type) throws Exception {
    Files.writeString(site.output.resolve(name), "x");
    HttpResponse<String> r = http.get("/" + name);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(type);
  }

  @Test
  void answersHeadWithLengthButNoBody() throws Exception {
    HttpResponse<String> r = http.send("HEAD", "/style.css");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(r.headers().firstValue("Content-Length")).hasValue("6");
    assertThat(r.body()).isEmpty();
  }

  @Test
  void answersHeadForMissingPageWith404() throws Exception {
    HttpResponse<String> r = http.send("HEAD", "/missing");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void servesEmptyFileWithLengthZero() throws Exception {
    HttpResponse<String> r = http.get("/empty.txt");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS"})
  void refusesMethodsOtherThanGetAndHead(String method) throws Exception {
    HttpResponse<String> r = http.send(method, "/index.html");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../secret.txt",
    "/../../../../etc/passwd",
    "/figures/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/%2e%2e/etc/passwd",
    "/figures/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/%5c..%5csecret.txt",
    "/index.html%00.png",
    "/%00",
    "/./index.html",
    "/%c0%ae%c0%ae/secret.txt",
  })
  void rejectsPathsThatCouldLeaveTheSite(String path) throws Exception {
    Files.writeString(tmp.resolve("project/secret.txt"), "TOP SECRET");
    Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
    String response = http.raw(path);
    assertThat(response).startsWith("HTTP/1.1 400 ");
    assertThat(response).doesNotContain("TOP SECRET").doesNotContain("root:");
  }

  @Test
  void decodesEscapesOnlyOnce() throws Exception {
    // "%252e%252e" is the literal name "%2e%2e", not "..": it is simply not there.
    Files.writeString(tmp.resolve("project/secret.txt"), "TOP SECRET");
    String response = http.raw("/%252e%252e/secret.txt");
    assertThat(response).startsWith("HTTP/1.1 404 ").doesNotContain("TOP SECRET");
  }

  @Test
  void servesPercentEncodedNames() throws Exception {
    Files.writeString(site.output.resolve("a b é.txt"), "spaced");
    assertThat(http.get("/a%20b%20%C3%A9.txt").body()).isEqualTo("spaced");
  }

  @Test
  void doesNotFollowSymlinksOutOfTheSite() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
    Path outsideDir = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outsideDir.resolve("index.html"), "TOP SECRET");
    Files.createSymbolicLink(site.output.resolve("leak.txt"), secret);
    Files.createSymbolicLink(site.output.resolve("leakdir"), outsideDir);
    assertThat(http.get("/leak.txt").statusCode()).isEqualTo(404);
    assertThat(http.get("/leakdir/").statusCode()).isEqualTo(404);
    assertThat(http.get("/leakdir").statusCode()).isEqualTo(404);
    assertThat(http.get("/leakdir/index.html").body()).doesNotContain("TOP SECRET");
  }

  @Test
  void followsSymlinksThatStayInsideTheSite() throws Exception {
    Files.createSymbolicLink(site.output.resolve("alias.css"), site.output.resolve("style.css"));
    assertThat(http.get("/alias.css").body()).isEqualTo("body{}");
  }

  @Test
  void resolvesFilesAfreshWhenTheOutputFolderIsReplaced() throws Exception {
    Path old = site.output.resolveSibling("old-output");
    Files.move(site.output, old);
    Files.createDirectories(site.output);
    Files.writeString(site.output.resolve("index.html"), "<body>new site</body>");
    assertThat(http.get("/").body()).contains("new site");
  }
}
