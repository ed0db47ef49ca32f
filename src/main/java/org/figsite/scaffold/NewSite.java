package org.figsite.scaffold;

/**
 * What {@code figsite init} writes into a new site's files.
 *
 * @param title the site title
 * @param url the site's origin, e.g. {@code https://example.org}
 * @param baseurl the path the site is served under, e.g. {@code /repo}, or empty
 * @param figsite the figsite the publishing workflow builds the site with
 */
public record NewSite(String title, String url, String baseurl, FigsitePin figsite) {
  /**
   * The figsite a site's publishing workflow uses: a release checked by SHA-256 sums, or else (or
   * when {@code ref} is set) one built from a git repository at a ref.
   *
   * @param version the release's version, or "" for none
   * @param releases where releases are downloaded from ({@code URL/vVERSION/figsite-VERSION.tar.gz}), or ""
   * @param sha256sums {@code sha256sum} lines for the release's {@code bin/figsite} and
   *     {@code lib/figsite.jar}, or "" for none
   * @param repo the git URL to build figsite from, or "" to leave it to the repository variable
   *     {@code FIGSITE_REPO}
   * @param ref the tag, branch or commit to build, or "" to use the release
   */
  public record FigsitePin(String version, String releases, String sha256sums, String repo, String ref) {
    public boolean pinsRelease() {
      return !version.isEmpty() && !releases.isEmpty() && !sha256sums.isEmpty();
    }
  }
}
