package org.figsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {
  @TempDir Path site;

  @Test
  void findsFilesTheWayGitHubPagesServesThem() throws IOException {
    for (String f : new String[] {"index.html", "about.html", "genes/index.html", "figures/PMC1.json"}) {
      Path p = site.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    SiteFiles files = SiteFiles.walk(site);

    assertThat(files.find("/")).contains("/index.html");
    assertThat(files.find("/about")).contains("/about.html");
    assertThat(files.find("/genes/")).contains("/genes/index.html");
    assertThat(files.find("/genes")).contains("/genes/index.html");
    assertThat(files.find("/figures/PMC1.json")).contains("/figures/PMC1.json");
    assertThat(files.find("/figures/")).isEmpty();
    assertThat(files.find("/about/")).isEmpty();
    assertThat(files.pages()).containsExactly("/about.html", "/genes/index.html", "/index.html");
  }
}
