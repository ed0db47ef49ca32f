package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.IntStream;
import org.figsite.config.ConfigReader;
import org.figsite.write.OutputTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapWriterTest {
  @TempDir Path dir;
  private final SiteUrls urls = new SiteUrls(ConfigReader.defaults().withBaseUrl("https://example.org", "/pfocr"));

  private static Iterator<SitemapWriter.Url> pages(int n) {
    return IntStream.range(0, n).mapToObj(i -> new SitemapWriter.Url("/figures/f" + i + ".html",
        i == 0 ? "2024-05-01" : "")).iterator();
  }

  private static int count(String xml, String tag) {
    return xml.split("<" + tag + ">", -1).length - 1;
  }

  @Test
  void upTo50000UrlsOneSitemap() throws IOException {
    int files = SitemapWriter.write(OutputTree.staging(dir), urls, SitemapWriter.MAX_URLS, pages(SitemapWriter.MAX_URLS));
    assertThat(files).isEqualTo(1);
    String xml = Files.readString(dir.resolve("sitemap.xml"));
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        .contains("<url><loc>https://example.org/pfocr/figures/f0.html</loc><lastmod>2024-05-01</lastmod></url>")
        .contains("<url><loc>https://example.org/pfocr/figures/f49999.html</loc></url>");
    assertThat(count(xml, "url")).isEqualTo(50_000);
    assertThat(dir.resolve("sitemaps")).doesNotExist();
  }

  @Test
  void pastThatAnIndexOverFilesOfAtMost50000() throws IOException {
    int n = 2 * SitemapWriter.MAX_URLS + 1;
    int files = SitemapWriter.write(OutputTree.staging(dir), urls, n, pages(n));
    assertThat(files).isEqualTo(4);
    String index = Files.readString(dir.resolve("sitemap.xml"));
    assertThat(index).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        .contains("<sitemap><loc>https://example.org/pfocr/sitemaps/sitemap-1.xml</loc></sitemap>")
        .contains("<sitemap><loc>https://example.org/pfocr/sitemaps/sitemap-3.xml</loc></sitemap>")
        .doesNotContain("sitemap-4.xml").doesNotContain("<url>");
    String first = Files.readString(dir.resolve("sitemaps/sitemap-1.xml"));
    String last = Files.readString(dir.resolve("sitemaps/sitemap-3.xml"));
    assertThat(count(first, "url")).isEqualTo(50_000);
    assertThat(count(Files.readString(dir.resolve("sitemaps/sitemap-2.xml")), "url")).isEqualTo(50_000);
    assertThat(count(last, "url")).isEqualTo(1);
    assertThat(first).contains("<loc>https://example.org/pfocr/figures/f0.html</loc><lastmod>2024-05-01</lastmod>");
    assertThat(last).contains("<loc>https://example.org/pfocr/figures/f100000.html</loc>");
  }
}
