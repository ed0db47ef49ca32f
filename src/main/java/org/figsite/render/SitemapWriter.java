package org.figsite.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.figsite.write.OutputTree;

/**
 * Writes the sitemap protocol's files: one {@code sitemap.xml} while the site has at most 50,000
 * URLs, otherwise a sitemap index at {@code sitemap.xml} pointing at {@code sitemaps/sitemap-N.xml} files
 * of at most 50,000 URLs each. A URL gets a {@code <lastmod>} only from a date its page states.
 */
public final class SitemapWriter {
  public static final int MAX_URLS = 50_000;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private SitemapWriter() {}

  /**
   * One URL of the sitemap.
   *
   * @param path the page's site path
   * @param lastModified its {@code <lastmod>}, a W3C date or date-time its source states, or ""
   */
  public record Url(String path, String lastModified) {}

  /** @return the number of sitemap files written (the index included) */
  public static int write(OutputTree out, SiteUrls urls, long count, Iterator<Url> paths) throws IOException {
    if (count <= MAX_URLS) {
      out.write("/sitemap.xml", urlset(urls, paths, MAX_URLS));
      return 1;
    }
    int files = 0;
    ByteArrayOutputStream index = new ByteArrayOutputStream();
    try {
      XMLStreamWriter ix = start(index, "sitemapindex");
      while (paths.hasNext()) {
        files++;
        String path = "/sitemaps/sitemap-" + files + ".xml";
        out.write(path, urlset(urls, paths, MAX_URLS));
        ix.writeCharacters("\n");
        ix.writeStartElement("sitemap");
        ix.writeStartElement("loc");
        ix.writeCharacters(urls.absolute(path));
        ix.writeEndElement();
        ix.writeEndElement();
      }
      end(ix);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    out.write("/sitemap.xml", index.toByteArray());
    return files + 1;
  }

  private static byte[] urlset(SiteUrls urls, Iterator<Url> paths, int max) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(max * 16);
    try {
      XMLStreamWriter w = start(buf, "urlset");
      for (int n = 0; n < max && paths.hasNext(); n++) {
        w.writeCharacters("\n");
        w.writeStartElement("url");
        Url url = paths.next();
        w.writeStartElement("loc");
        w.writeCharacters(urls.absolute(url.path()));
        w.writeEndElement();
        if (!url.lastModified().isEmpty()) {
          w.writeStartElement("lastmod");
          w.writeCharacters(url.lastModified());
          w.writeEndElement();
        }
        w.writeEndElement();
      }
      end(w);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return buf.toByteArray();
  }

  private static XMLStreamWriter start(ByteArrayOutputStream buf, String root) throws XMLStreamException {
    XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buf, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    w.writeStartElement(root);
    w.writeDefaultNamespace(NS);
    return w;
  }

  private static void end(XMLStreamWriter w) throws XMLStreamException {
    w.writeCharacters("\n");
    w.writeEndElement();
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.flush();
    w.close();
  }
}
