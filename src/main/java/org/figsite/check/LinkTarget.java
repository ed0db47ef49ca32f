package org.figsite.check;

/**
 * Where a URL found in a page leads, as far as the site is concerned.
 *
 * @param path for {@link Kind#INTERNAL}, the percent-decoded site path starting with '/' (no base
 *     path, query or fragment); otherwise empty
 * @param fragment the percent-decoded text after '#', or empty
 */
record LinkTarget(Kind kind, String path, String fragment) {
  enum Kind {
    /** Inside this site: must resolve to a file. */
    INTERNAL,
    /** Another site, or a scheme such as mailto: not checked. */
    EXTERNAL,
    /** Root-relative (or climbing with '..') to a place on the host that is outside the base path. */
    OUTSIDE_BASE
  }

  static final LinkTarget EXTERNAL = new LinkTarget(Kind.EXTERNAL, "", "");
  static final LinkTarget OUTSIDE_BASE = new LinkTarget(Kind.OUTSIDE_BASE, "", "");

  static LinkTarget internal(String path, String fragment) {
    return new LinkTarget(Kind.INTERNAL, path, fragment);
  }
}
