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
    TestSite site = sampleSiteWithFigureDates("2023-11-30", "'2024-01-15T08:00:00.5Z'");

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
    TestSite site = sampleSiteWithFigureDates("2024-02-30", "2024-05-01 09:30");

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

  /** The sample site with a last_modified_at as the first key of two figures' records (a third has none). */
  private TestSite sampleSiteWithFigureDates(String seedDate, String otherDate) {
    TestSite site = new TestSite(dir).withSampleRecords();
    addAfterFirstLine(site, "content/figures/PMC8023395__nihms-1688996-f0002.md", "last_modified_at: " + seedDate + "\n");
    addAfterFirstLine(site, "content/figures/PMC2277018__tjp0583-0415-f1.md", "last_modified_at: " + otherDate + "\n");
    return site;
  }

  private static void addAfterFirstLine(TestSite site, String file, String line) {
    String text = site.read(file);
    site.file(file, text.replaceFirst("---\n", "---\n" + line));
  }
}
