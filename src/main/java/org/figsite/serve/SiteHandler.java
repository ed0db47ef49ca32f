package org.figsite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers GET and HEAD for the built site, mounted at the site's base path, as GitHub Pages would. */
final class SiteHandler implements LocalHttpServer.Handler {
  private final Path site;
  private final Supplier<String> baseurl;
  private final LiveReload live;

  /** @param baseurl the path the site is mounted at, "" or e.g. "/pfocr"; read per request as a rebuild may change it */
  SiteHandler(Path site, Supplier<String> baseurl, LiveReload live) {
    this.site = site;
    this.baseurl = baseurl;
    this.live = live;
  }

  @Override
  public void handle(Exchange ex) throws IOException {
    String method = ex.method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ex.header("Allow", "GET, HEAD");
      sendText(ex, 405, "405 method not allowed\n");
      return;
    }
    Optional<RequestPath> path = RequestPath.decode(ex.rawPath());
    if (path.isEmpty()) {
      sendText(ex, 400, "400 bad request: the path is malformed or steps outside the site\n");
      return;
    }
    String base = baseurl.get();
    if (!base.isEmpty() && path.get().segments().isEmpty()) {
      redirect(ex, base + "/");
      return;
    }
    SiteFiles files = new SiteFiles(site);
    Optional<RequestPath> inSite = path.get().under(base);
    SiteFiles.Lookup found = inSite.isPresent() ? files.find(inSite.get()) : new SiteFiles.Missing();
    if (found instanceof SiteFiles.Found f) {
      sendFile(ex, 200, f.file());
    } else if (found instanceof SiteFiles.AddSlash) {
      // One leading slash only, as "//host/" would send the browser to another site.
      redirect(ex, "/" + ex.rawPath().replaceFirst("^/+", "") + "/");
    } else {
      sendNotFound(ex, files);
    }
  }

  private void sendFile(Exchange ex, int status, Path file) throws IOException {
    String type = MediaTypes.of(file.getFileName().toString());
    if (MediaTypes.isHtml(type)) {
      String html = Files.readString(file, StandardCharsets.UTF_8);
      send(ex, status, type, ReloadSnippet.inject(html, live.problems()).getBytes(StandardCharsets.UTF_8));
      return;
    }
    long size = Files.size(file);
    headers(ex, type);
    ex.respond(status, size);
    if (ex.method().equals("HEAD") || size == 0) return;
    try (OutputStream out = ex.body()) {
      Files.copy(file, out);
    }
  }

  private void sendNotFound(Exchange ex, SiteFiles files) throws IOException {
    Optional<Path> page = files.notFoundPage();
    if (page.isPresent()) {
      sendFile(ex, 404, page.get());
      return;
    }
    List<String> problems = live.problems();
    sendText(ex, 404, problems.isEmpty() ? "404 not found\n"
        : "404 not found\n\nThe last build failed:\n\n" + String.join("\n", problems) + "\n");
  }

  private static void redirect(Exchange ex, String location) throws IOException {
    String query = ex.rawQuery();
    ex.header("Location", query == null ? location : location + "?" + query);
    sendText(ex, 301, "301 moved permanently to " + location + "\n");
  }

  private static void sendText(Exchange ex, int status, String text) throws IOException {
    send(ex, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(Exchange ex, int status, String type, byte[] body) throws IOException {
    headers(ex, type);
    ex.respond(status, body.length);
    if (ex.method().equals("HEAD") || body.length == 0) return;
    try (OutputStream out = ex.body()) {
      out.write(body);
    }
  }

  private static void headers(Exchange ex, String type) {
    ex.header("Content-Type", type);
    ex.header("X-Content-Type-Options", "nosniff");
    // A preview server: every load must show the latest build.
    ex.header("Cache-Control", "no-store");
  }
}
