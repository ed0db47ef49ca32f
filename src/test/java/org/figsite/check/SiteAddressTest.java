package org.figsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteAddressTest {
  private final SiteAddress pfocr = new SiteAddress("https://example.org", "/pfocr");
  private final SiteAddress atRoot = new SiteAddress("https://example.org", "");

  /** Where each URL on a page of the site at https://example.org/pfocr leads. */
  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # root-relative links under the base path map to site paths
      /pfocr/genes/ERBB2.html#figures              | /index.html        | INTERNAL     | /genes/ERBB2.html  | figures
      /pfocr                                       | /index.html        | INTERNAL     | /                  | ''
      # root-relative links without the base path are outside the site
      /genes/ERBB2.html                            | /index.html        | OUTSIDE_BASE | ''                 | ''
      /pfocr-old/x.html                            | /index.html        | OUTSIDE_BASE | ''                 | ''
      # relative links resolve against the page's folder
      ../genes/ERBB2.html                          | /figures/PMC1.html | INTERNAL     | /genes/ERBB2.html  | ''
      ./                                           | /figures/PMC1.html | INTERNAL     | /figures/          | ''
      '#top'                                       | /figures/PMC1.html | INTERNAL     | /figures/PMC1.html | top
      ../../x.html                                 | /figures/PMC1.html | OUTSIDE_BASE | ''                 | ''
      # absolute URLs of the site's own address are internal
      https://EXAMPLE.org/pfocr/figures/PMC1.html  | /index.html        | INTERNAL     | /figures/PMC1.html | ''
      //example.org/pfocr/                         | /index.html        | INTERNAL     | /                  | ''
      # other sites and schemes are left alone
      https://example.org/other/x.html             | /index.html        | EXTERNAL     | ''                 | ''
      https://example.org.evil.test/pfocr/         | /index.html        | EXTERNAL     | ''                 | ''
      https://example.org/pfocrx                   | /index.html        | EXTERNAL     | ''                 | ''
      http://example.org/pfocr/                    | /index.html        | EXTERNAL     | ''                 | ''
      mailto:team@example.org                      | /index.html        | EXTERNAL     | ''                 | ''
      # percent escapes in paths and fragments are decoded
      /pfocr/genes/HLA%2DA.html#a%20b              | /index.html        | INTERNAL     | /genes/HLA-A.html  | a b
      """)
  void resolvesALinkOnAPage(String url, String page, LinkTarget.Kind kind, String path, String fragment) {
    assertThat(pfocr.target(url, page)).isEqualTo(new LinkTarget(kind, path, fragment));
  }

  @Test
  void dropsTheQueryOfALinkOnASiteAtTheHostsRoot() {
    assertThat(atRoot.target("/genes/ERBB2.html?x=1", "/index.html"))
        .isEqualTo(LinkTarget.internal("/genes/ERBB2.html", ""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      http://localhost:4000/x         | true
      http://127.0.0.1/               | true
      //localhost                     | true
      https://localhost.example.org/  | false
      /pfocr/localhost.html           | false
      """)
  void recognisesDevelopmentServersOnThisMachine(String url, boolean local) {
    assertThat(SiteAddress.isLocalServer(url)).isEqualTo(local);
  }
}
