package org.figsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteAddressTest {
  private final SiteAddress pfocr = new SiteAddress("https://example.org", "/pfocr");
  private final SiteAddress atRoot = new SiteAddress("https://example.org", "");

  @Test
  void mapsRootRelativeLinksUnderTheBasePathToSitePaths() {
    assertThat(pfocr.target("/pfocr/genes/ERBB2.html#figures", "/index.html"))
        .isEqualTo(LinkTarget.internal("/genes/ERBB2.html", "figures"));
    assertThat(pfocr.target("/pfocr", "/index.html")).isEqualTo(LinkTarget.internal("/", ""));
    assertThat(atRoot.target("/genes/ERBB2.html?x=1", "/index.html"))
        .isEqualTo(LinkTarget.internal("/genes/ERBB2.html", ""));
  }

  @Test
  void treatsRootRelativeLinksWithoutTheBasePathAsOutsideTheSite() {
    assertThat(pfocr.target("/genes/ERBB2.html", "/index.html").kind()).isEqualTo(LinkTarget.Kind.OUTSIDE_BASE);
    assertThat(pfocr.target("/pfocr-old/x.html", "/index.html").kind()).isEqualTo(LinkTarget.Kind.OUTSIDE_BASE);
  }

  @Test
  void resolvesRelativeLinksAgainstThePagesFolder() {
    assertThat(pfocr.target("../genes/ERBB2.html", "/figures/PMC1.html"))
        .isEqualTo(LinkTarget.internal("/genes/ERBB2.html", ""));
    assertThat(pfocr.target("./", "/figures/PMC1.html")).isEqualTo(LinkTarget.internal("/figures/", ""));
    assertThat(pfocr.target("#top", "/figures/PMC1.html")).isEqualTo(LinkTarget.internal("/figures/PMC1.html", "top"));
    assertThat(pfocr.target("../../x.html", "/figures/PMC1.html").kind()).isEqualTo(LinkTarget.Kind.OUTSIDE_BASE);
  }

  @Test
  void treatsAbsoluteUrlsOfTheSitesOwnAddressAsInternal() {
    assertThat(pfocr.target("https://EXAMPLE.org/pfocr/figures/PMC1.html", "/index.html"))
        .isEqualTo(LinkTarget.internal("/figures/PMC1.html", ""));
    assertThat(pfocr.target("//example.org/pfocr/", "/index.html")).isEqualTo(LinkTarget.internal("/", ""));
  }

  @Test
  void leavesOtherSitesAndSchemesAlone() {
    assertThat(pfocr.target("https://example.org/other/x.html", "/index.html")).isEqualTo(LinkTarget.EXTERNAL);
    assertThat(pfocr.target("https://example.org.evil.test/pfocr/", "/index.html")).isEqualTo(LinkTarget.EXTERNAL);
    assertThat(pfocr.target("https://example.org/pfocrx", "/index.html")).isEqualTo(LinkTarget.EXTERNAL);
    assertThat(pfocr.target("http://example.org/pfocr/", "/index.html")).isEqualTo(LinkTarget.EXTERNAL);
    assertThat(pfocr.target("mailto:team@example.org", "/index.html")).isEqualTo(LinkTarget.EXTERNAL);
  }

  @Test
  void decodesPercentEscapesInPathsAndFragments() {
    assertThat(pfocr.target("/pfocr/genes/HLA%2DA.html#a%20b", "/index.html"))
        .isEqualTo(LinkTarget.internal("/genes/HLA-A.html", "a b"));
  }

  @Test
  void recognisesDevelopmentServersOnThisMachine() {
    assertThat(SiteAddress.isLocalServer("http://localhost:4000/x")).isTrue();
    assertThat(SiteAddress.isLocalServer("http://127.0.0.1/")).isTrue();
    assertThat(SiteAddress.isLocalServer("//localhost")).isTrue();
    assertThat(SiteAddress.isLocalServer("https://localhost.example.org/")).isFalse();
    assertThat(SiteAddress.isLocalServer("/pfocr/localhost.html")).isFalse();
  }
}
