package org.figsite.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every image needs a text alternative: screen readers and search engines read it. */
final class AltTextChecker {
  private AltTextChecker() {}

  static void check(Document doc, PageReporter report) {
    for (Element img : doc.select("img")) {
      if (img.attr("alt").isBlank()) {
        report.error(img, "image " + img.attr("src").trim() + " has no alt text", "add alt=\"...\" describing the image");
      }
    }
  }
}
