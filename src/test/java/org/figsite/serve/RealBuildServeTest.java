package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.figsite.pipeline.BuildOptions;
import org.figsite.pipeline.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop with the real builder: serve, edit a record, break it, fix it. */
class RealBuildServeTest {
  /** Just enough of a theme for a build, kept in the site's own templates/ so it overrides the built-in one. */
  private static final List<String> OTHER_TEMPLATES = List.of("stub.ftlh", "gene.ftlh", "home.ftlh", "page.ftlh", "404.ftlh");

  @TempDir Path project;

  @Test
  void rebuildsWithTheBuiltInThemeAndReportsABrokenRecord() throws Exception {
    assumeTrue(Files.exists(Path.of("templates/figure.ftlh")), "the built-in theme is not in this working copy yet");
    writeSite();
    SiteRebuilder rebuilder = rebuilder();
    try (ServedSite served = serve(rebuilder);
        EventStreamClient events = new EventStreamClient(served.http.uri(ReloadEvents.PATH))) {
      Http http = served.http;
      assertThat(http.get("/pfocr/figures/X").body()).contains("Hello").contains("/__figsite/livereload");
      events.awaitConnected();
      editBreakAndFixTheRecord(http, events);
    }
  }

  @Test
  void rebuildsWithTheSitesOwnTemplatesAndReportsBrokenRecordsAndTemplates() throws Exception {
    writeSite();
    Path templates = Files.createDirectories(project.resolve("templates"));
    Files.writeString(templates.resolve("figure.ftlh"), "<html><body><h1>${figure.figtitle}</h1></body></html>\n");
    for (String name : OTHER_TEMPLATES) Files.writeString(templates.resolve(name), "<html><body>${site.title}</body></html>\n");
    SiteRebuilder rebuilder = rebuilder();
    try (ServedSite served = serve(rebuilder);
        EventStreamClient events = new EventStreamClient(served.http.uri(ReloadEvents.PATH))) {
      Http http = served.http;
      assertThat(http.get("/pfocr/figures/X").body()).contains("<h1>Hello</h1>");
      events.awaitConnected();
      editBreakAndFixTheRecord(http, events);

      Files.writeString(templates.resolve("figure.ftlh"), "<html><body><h1>${figure.figtitle</h1></body></html>\n");
      assertThat(events.await("problems").data()).contains("templates/figure.ftlh:1:");
      assertThat(http.get("/pfocr/figures/X").body()).contains("<h1>Fixed</h1>").contains("templates/figure.ftlh:1:");

      Files.writeString(templates.resolve("figure.ftlh"), "<html><body><h2>${figure.figtitle}</h2></body></html>\n");
      events.await("reload");
      assertThat(http.get("/pfocr/figures/X").body()).contains("<h2>Fixed</h2>");
    }
  }

  private void editBreakAndFixTheRecord(Http http, EventStreamClient events) throws Exception {
    Path record = project.resolve("content/figures/X.md");
    Files.writeString(record, "---\nfigid: X\nfigtitle: Goodbye\n---\n");
    events.await("reload");
    assertThat(http.get("/pfocr/figures/X").body()).contains("Goodbye");

    Files.writeString(record, "---\nfigid: X\nfigtitle: [unclosed\n---\n");
    assertThat(events.await("problems").data()).contains("content/figures/X.md:");
    assertThat(http.get("/pfocr/figures/X").body()).contains("Goodbye").contains("id=\"figsite-problems\"");

    Files.writeString(record, "---\nfigid: X\nfigtitle: Fixed\n---\n");
    events.await("reload");
    assertThat(http.get("/pfocr/figures/X").body()).contains("Fixed").doesNotContain("id=\"figsite-problems\"");
  }

  private void writeSite() throws IOException {
    Files.writeString(project.resolve("figsite.yml"), "title: T\nurl: https://example.org\nbaseurl: /pfocr\n");
    Path record = project.resolve("content/figures/X.md");
    Files.createDirectories(record.getParent());
    Files.writeString(record, "---\nfigid: X\nfigtitle: Hello\n---\n");
  }

  private BuildOptions options() {
    return new BuildOptions(project.resolve("content"), "content", project.resolve("templates"), "templates",
        project.resolve("site-output"), "site-output", project.resolve("figsite.yml"), "figsite.yml", Optional.empty(), 1, true, false, false);
  }

  private SiteRebuilder rebuilder() {
    return new SiteRebuilder(new SiteBuilder("test"), options(), report -> {});
  }

  private ServedSite serve(SiteRebuilder rebuilder) throws IOException {
    BuildOptions opt = options();
    return ServedSite.start(opt.output(), List.of(opt.content(), opt.templates(), opt.config()), rebuilder.baseurl(),
        rebuilder);
  }
}
