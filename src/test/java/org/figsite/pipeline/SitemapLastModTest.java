package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.figsite.cli.Main;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapLastModTest {
  @TempDir Path dir;

  @Test
  void givesLastmodOnlyToPagesThatStateTheirDate() throws IOException {
    TestSite site = new TestSite(dir).withSampleRecords()
        .file("content/pages/index.md", "---\ntitle: Home\nlast_modified_at: 2024-05-01\n---\nHello.\n")
        .file("content/pages/about.md", "---\ntitle: About\nlast_modified_at: 2024-06-02T09:30:00Z\n---\nAbout.\n")
        .file("content/pages/help.md", "---\ntitle: Help\n---\nHelp.\n");

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    String sitemap = site.read("site-output/sitemap.xml");
    assertThat(sitemap).contains("<url><loc>https://example.org/</loc><lastmod>2024-05-01</lastmod></url>")
        .contains("<url><loc>https://example.org/about.html</loc><lastmod>2024-06-02T09:30:00Z</lastmod></url>")
        .contains("<url><loc>https://example.org/help.html</loc></url>");
    assertThat(sitemap.split("<lastmod>", -1)).hasSize(3);
  }

  @Test
  void refusesALastModifiedAtThatIsNotADate() throws IOException {
    TestSite site = new TestSite(dir).withSampleRecords()
        .file("content/pages/about.md", "---\ntitle: About\nlast_modified_at: last week\n---\nAbout.\n");

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.headlines()).containsExactly(
        "content/pages/about.md:3:19: error: last_modified_at must be a date like 2024-05-01 or 2024-05-01T09:30:00Z");
  }

  @Test
  void givesLastmodOnlyToFiguresWhoseRecordStatesTheirDate() throws IOException {
    TestSite site = new TestSite(dir).withSampleRecords();
    String seed = "content/figures/PMC8023395__nihms-1688996-f0002.md";
    String other = "content/figures/PMC2277018__tjp0583-0415-f1.md";
    addAfterFirstLine(site, seed, "last_modified_at: 2023-11-30\n");
    addAfterFirstLine(site, other, "last_modified_at: '2024-01-15T08:00:00.5Z'\n");

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    String sitemap = site.read("site-output/sitemap.xml");
    assertThat(sitemap)
        .contains("<url><loc>https://example.org/figures/PMC8023395__nihms-1688996-f0002.html</loc>"
            + "<lastmod>2023-11-30</lastmod></url>")
        .contains("<url><loc>https://example.org/figures/PMC2277018__tjp0583-0415-f1.html</loc>"
            + "<lastmod>2024-01-15T08:00:00.5Z</lastmod></url>")
        .contains("<url><loc>https://example.org/figures/PMC83992__mb0391401008.html</loc></url>");
    assertThat(sitemap.split("<lastmod>", -1)).hasSize(3);
    // The figure's Dataset says the same date, and only where the record states one.
    assertThat(site.read("site-output/figures/PMC8023395__nihms-1688996-f0002.html"))
        .contains("\"dateModified\":\"2023-11-30\"");
    assertThat(site.read("site-output/figures/PMC2277018__tjp0583-0415-f1.html"))
        .contains("\"dateModified\":\"2024-01-15T08:00:00.5Z\"");
    assertThat(site.read("site-output/figures/PMC83992__mb0391401008.html")).doesNotContain("dateModified");
  }

  @Test
  void refusesAFigureLastModifiedAtThatIsNotADayOfTheCalendarAtItsLine() throws IOException {
    TestSite site = new TestSite(dir).withSampleRecords();
    String seed = "content/figures/PMC8023395__nihms-1688996-f0002.md";
    String other = "content/figures/PMC2277018__tjp0583-0415-f1.md";
    addAfterFirstLine(site, seed, "last_modified_at: 2024-02-30\n");
    addAfterFirstLine(site, other, "last_modified_at: 2024-05-01 09:30\n");

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.headlines()).containsExactly(
        "content/figures/PMC2277018__tjp0583-0415-f1.md:2:19: error: "
            + "last_modified_at must be a date like 2024-05-01 or 2024-05-01T09:30:00Z",
        "content/figures/PMC8023395__nihms-1688996-f0002.md:2:19: error: "
            + "last_modified_at \"2024-02-30\" is not a day and time of the calendar");
    assertThat(site.path("site-output")).doesNotExist();
  }

  @Test
  void takesABlankOrMissingMarkerAsNoDate() throws IOException {
    TestSite site = new TestSite(dir).withSampleRecords()
        .file("content/pages/about.md", "---\ntitle: About\nlast_modified_at: NA\n---\nAbout.\n")
        .file("content/pages/help.md", "---\ntitle: Help\nlast_modified_at: ''\n---\nHelp.\n");

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    assertThat(site.read("site-output/sitemap.xml")).doesNotContain("<lastmod>");
  }

  private static void addAfterFirstLine(TestSite site, String file, String line) throws IOException {
    String text = site.read(file);
    site.file(file, text.replaceFirst("---\n", "---\n" + line));
  }
}
