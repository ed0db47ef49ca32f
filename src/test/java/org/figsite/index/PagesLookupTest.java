package org.figsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.figsite.index.PagesLookup.AddSlash;
import org.figsite.index.PagesLookup.Found;
import org.figsite.index.PagesLookup.Missing;
import org.junit.jupiter.api.Test;

class PagesLookupTest {
  /** file.html, folder/index.html, both.html and both/index.html, a bare folder, a data file. */
  private static final Set<String> FILES = Set.of("/index.html", "/file.html", "/folder/index.html", "/both.html",
      "/both/index.html", "/data/figures.json");
  private static final Set<String> FOLDERS = Set.of("/folder", "/both", "/bare", "/data");
  private static final PagesLookup.Site SITE = PagesLookup.Site.of(FILES::contains, FOLDERS::contains);

  @Test
  void followsGitHubPages() {
    assertThat(PagesLookup.find("", SITE)).isEqualTo(new Found("/index.html"));
    assertThat(PagesLookup.find("/", SITE)).isEqualTo(new Found("/index.html"));
    assertThat(PagesLookup.find("/file", SITE)).isEqualTo(new Found("/file.html"));
    assertThat(PagesLookup.find("/file.html", SITE)).isEqualTo(new Found("/file.html"));
    assertThat(PagesLookup.find("/file/", SITE)).isEqualTo(new Missing());
    assertThat(PagesLookup.find("/folder", SITE)).isEqualTo(new AddSlash());
    assertThat(PagesLookup.find("/folder/", SITE)).isEqualTo(new Found("/folder/index.html"));
    // A page wins over a folder of the same name.
    assertThat(PagesLookup.find("/both", SITE)).isEqualTo(new Found("/both.html"));
    assertThat(PagesLookup.find("/both/", SITE)).isEqualTo(new Found("/both/index.html"));
    assertThat(PagesLookup.find("/bare/", SITE)).isEqualTo(new Missing());
    assertThat(PagesLookup.find("/data/figures.json", SITE)).isEqualTo(new Found("/data/figures.json"));
    assertThat(PagesLookup.find("/missing", SITE)).isEqualTo(new Missing());
  }
}
