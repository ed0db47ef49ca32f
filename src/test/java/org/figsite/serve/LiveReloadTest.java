package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rebuilding on change, and telling open pages: reload after a good build, problems after a broken one. */
class LiveReloadTest extends FakeSiteServerTest {
  @BeforeEach
  void start() throws IOException {
    serve(new FakeSite(tmp)
        .write("index.html", "<html><body><h1>first</h1></body></html>")
        .write("data.json", "{\"body\": \"</body>\"}"), "");
  }

  /** Rewrites the source of index.html and waits for the event its rebuild sends. */
  private EventStreamClient.Event writeIndexAndAwait(EventStreamClient events, String html, String event)
      throws InterruptedException {
    site.write("index.html", html);
    return events.await(event);
  }

  /** The server's event stream, connected before the test changes anything, so no event is missed. */
  private EventStreamClient connectedEvents() throws InterruptedException {
    EventStreamClient events = new EventStreamClient(http.uri(ReloadEvents.PATH));
    events.awaitConnected();
    return events;
  }

  @Test
  void buildsOnceAtStart() throws Exception {
    assertThat(site.builds).isEqualTo(1);
    assertThat(Files.readString(site.output.resolve("index.html"))).contains("first");
  }

  @Test
  void injectsReloadScriptIntoServedHtmlButNotIntoTheFile() throws Exception {
    String served = http.get("/").body();
    assertThat(served).contains("new EventSource('/__figsite/livereload')");
    assertThat(served.indexOf("<script>")).isLessThan(served.indexOf("</body>"));
    assertThat(Files.readString(site.output.resolve("index.html")))
        .isEqualTo("<html><body><h1>first</h1></body></html>");
  }

  @Test
  void leavesNonHtmlResponsesAlone() throws Exception {
    assertThat(http.get("/data.json").body()).isEqualTo("{\"body\": \"</body>\"}");
  }

  @Test
  void sendsReloadEventAfterASourceChange() throws Exception {
    try (EventStreamClient events = connectedEvents()) {
      writeIndexAndAwait(events, "<html><body><h1>second</h1></body></html>", "reload");
      assertThat(http.get("/").body()).contains("second");
    }
  }

  @Test
  void picksUpChangesInFoldersCreatedAfterStart() throws Exception {
    try (EventStreamClient events = connectedEvents()) {
      Files.createDirectories(site.content.resolve("figures/new"));
      events.await("reload");
      site.write("figures/new/X.html", "<body>deep</body>");
      long deadline = System.nanoTime() + Http.TIMEOUT.toNanos();
      // The folder's creation and the file's may fall in one burst or two; wait for the file to be served.
      while (http.get("/figures/new/X").statusCode() != 200 && System.nanoTime() < deadline) {
        events.poll(Duration.ofMillis(500));
      }
      assertThat(http.get("/figures/new/X").body()).contains("deep");
    }
  }

  @Test
  void sendsProblemsForABrokenBuildAndKeepsServingTheLastGoodSite() throws Exception {
    try (EventStreamClient events = connectedEvents()) {
      EventStreamClient.Event problems =
          writeIndexAndAwait(events, "<html><body><h1>BROKEN <b>&</b></h1></body></html>", "problems");
      assertThat(problems.data()).contains("content/index.html:1:").contains("error:").contains("hint:");

      HttpResponse<String> page = http.get("/");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>first</h1>");
    }
  }

  @Test
  void showsEscapedProblemsOnPagesLoadedWhileTheBuildIsBroken() throws Exception {
    try (EventStreamClient events = connectedEvents()) {
      writeIndexAndAwait(events, "<html><body><h1>BROKEN <b>&</b></h1></body></html>", "problems");
    }
    String page = http.get("/").body();
    assertThat(page).contains("id=\"figsite-problems\"")
        .contains("content/index.html:1:")
        .contains("BROKEN &lt;b&gt;&amp;&lt;/b&gt;")
        .doesNotContain("<h1>BROKEN");
    assertThat(Files.readString(site.output.resolve("index.html"))).doesNotContain("figsite-problems");
  }

  @Test
  void sendsCurrentProblemsToBrowsersThatConnectWhileBroken() throws Exception {
    try (EventStreamClient first = connectedEvents()) {
      writeIndexAndAwait(first, "BROKEN", "problems");
    }
    try (EventStreamClient later = new EventStreamClient(http.uri(ReloadEvents.PATH))) {
      assertThat(later.await("problems").data()).contains("content/index.html:1:1: error: BROKEN");
    }
  }

  @Test
  void clearsProblemsAndReloadsWhenTheNextBuildSucceeds() throws Exception {
    try (EventStreamClient events = connectedEvents()) {
      writeIndexAndAwait(events, "<html><body>BROKEN</body></html>", "problems");
      writeIndexAndAwait(events, "<html><body><h1>fixed</h1></body></html>", "reload");
    }
    String page = http.get("/").body();
    assertThat(page).contains("<h1>fixed</h1>").doesNotContain("figsite-problems\"");
  }

  @Test
  void keepsWatchingAfterTheBuilderCrashes() throws Exception {
    served.close();
    Path content = Files.createDirectories(tmp.resolve("crashing/content"));
    int[] calls = {0};
    served = ServedSite.start(tmp.resolve("crashing/out"), List.of(content), "", () -> {
      if (++calls[0] == 2) throw new IllegalStateException("a worker failed");
      return RebuildOutcome.built("");
    });
    http = served.http;
    try (EventStreamClient events = connectedEvents()) {
      Files.writeString(content.resolve("a.md"), "1");
      assertThat(events.await("problems").data()).contains("internal error").contains("a worker failed");
      Files.writeString(content.resolve("a.md"), "2");
      events.await("reload");
    }
  }

  @Test
  void showsProblemsInPlainText404WhenThereIsNoSiteYet() throws Exception {
    served.close();
    serve(new FakeSite(tmp.resolve("other")).write("index.html", "BROKEN"), "");
    HttpResponse<String> r = http.get("/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("The last build failed").contains("content/index.html:1:1: error: BROKEN");
  }
}
