package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.figsite.pipeline.BuildOptions;
import org.figsite.pipeline.BuildReport;
import org.figsite.pipeline.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code figsite build} into the folder a running {@code figsite serve} previews: serve holds the
 * output folder's lock only while it rebuilds, so a build between rebuilds goes ahead. (A lock held
 * in this JVM refuses a second holder here as another process's lock would, so running both in one
 * JVM tests the same thing.)
 */
class BuildWhileServingTest {
  @TempDir Path project;

  @Test
  void buildsIntoTheOutputOfAnIdleServer() throws Exception {
    Files.writeString(project.resolve("figsite.yml"), "title: T\nurl: https://example.org\n");
    Path record = project.resolve("content/figures/X.md");
    Files.createDirectories(record.getParent());
    Files.writeString(record, "---\nfigid: X\nfigtitle: Hello\n---\n");
    Path templates = Files.createDirectories(project.resolve("templates"));
    Files.writeString(templates.resolve("figure.ftlh"), "<html><body><h1>${figure.figtitle}</h1></body></html>\n");
    for (String name : List.of("stub.ftlh", "gene.ftlh", "home.ftlh", "page.ftlh", "404.ftlh")) {
      Files.writeString(templates.resolve(name), "<html><body>${site.title}</body></html>\n");
    }
    BuildOptions opt = new BuildOptions(project.resolve("content"), "content", templates, "templates",
        project.resolve("site-output"), "site-output", project.resolve("figsite.yml"), "figsite.yml",
        Optional.empty(), 1, true, false, false);
    SiteRebuilder rebuilder = new SiteRebuilder(new SiteBuilder("test"), opt, r -> {});
    try (ServedSite served = ServedSite.start(opt.output(), List.of(opt.content(), opt.templates(), opt.config()),
        rebuilder.baseurl(), rebuilder)) {
      Http http = served.http;
      assertThat(http.get("/figures/X").body()).contains("<h1>Hello</h1>");

      BuildReport report = new SiteBuilder("test").build(opt);
      assertThat(report.problems().sorted()).isEmpty();
      assertThat(report.published()).isTrue();
      assertThat(http.get("/figures/X").body()).contains("<h1>Hello</h1>");
    }
  }
}
