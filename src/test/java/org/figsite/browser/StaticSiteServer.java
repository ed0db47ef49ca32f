package org.figsite.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.figsite.index.PagesLookup;

/**
 * Serves a built site the way GitHub Pages does, for browser tests: under a base path, by {@link
 * PagesLookup} (the rule of figsite serve and check), anything missing is {@code 404.html} with
 * status 404. Test code only:
 * the real {@code figsite serve} lives in the CLI.
 */
final class StaticSiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "json", "application/json", "xml", "application/xml", "txt", "text/plain; charset=utf-8",
      "tsv", "text/tab-separated-values; charset=utf-8", "gmt", "text/plain; charset=utf-8", "png", "image/png");

  private final HttpServer server;
  private final Path root;
  private final String basePath;

  /** Binds a free port on 127.0.0.1 at once, so the site can be built for that address first. */
  StaticSiteServer(Path root, String basePath) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.basePath = basePath;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  /** The site's address, e.g. {@code http://127.0.0.1:41234/pfocr}, without a trailing slash. */
  String siteUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(ex, 405, "text/plain", new byte[0]);
        return;
      }
      String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
      if (!path.startsWith(basePath + "/")) {
        if (path.equals(basePath)) redirect(ex, basePath + "/");
        else notFound(ex);
        return;
      }
      String rel = path.substring(basePath.length());
      if (rel.contains("\0") || !root.resolve(rel.substring(1)).normalize().startsWith(root)) {
        notFound(ex);
        return;
      }
      // The rule figsite serve and figsite check follow, so the browser tests see what they do.
      PagesLookup.Result r = PagesLookup.find(rel,
          PagesLookup.Site.of(p -> Files.isRegularFile(inSite(p)), p -> Files.isDirectory(inSite(p))));
      if (r instanceof PagesLookup.AddSlash) {
        redirect(ex, path + "/");
        return;
      }
      if (!(r instanceof PagesLookup.Found found)) {
        notFound(ex);
        return;
      }
      Path file = inSite(found.path());
      send(ex, 200, type(file), Files.readAllBytes(file));
    }
  }

  private Path inSite(String sitePath) {
    return root.resolve(sitePath.substring(1)).normalize();
  }

  private void notFound(HttpExchange ex) throws IOException {
    Path page = root.resolve("404.html");
    send(ex, 404, "text/html; charset=utf-8", Files.isRegularFile(page) ? Files.readAllBytes(page) : new byte[0]);
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    send(ex, 301, "text/plain", new byte[0]);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
