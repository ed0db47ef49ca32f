package org.figsite.config;

/**
 * The site configuration ({@code figsite.yml}). Every key is listed in {@link ConfigKey} with its
 * meaning; unknown keys are errors.
 *
 * @param url the site's origin, e.g. {@code https://pfocr.wikipathways.org} (no trailing slash)
 * @param baseurl the path the site lives under, "" or e.g. {@code /pfocr} (no trailing slash)
 * @param figuresPerGenePage figures listed on one gene, organism, chemical or disease page; 0 puts
 *     them all on one page
 * @param figureDownloads whether each figure page gets its record as JSON and its genes as TSV
 * @param thumbnails whether listings and search results show each figure's image (hot-linked from PMC)
 *     beside it; off halves the file count of a big site (GitHub Pages caps a site at 1 GB)
 * @param jsonLd what a figure page's JSON-LD is: the record's {@code schema-jsonld} as it is, or
 *     that object mended (the default)
 * @param maxRecordBytes the largest record file read: reading one takes about a hundred times its
 *     size in memory, so a bigger one is an error rather than an out-of-memory failure
 */
public record SiteConfig(
    String title,
    String description,
    String url,
    String baseurl,
    String language,
    String license,
    String creator,
    int figuresPerPage,
    int figuresPerGenePage,
    boolean figureDownloads,
    JsonLdMode jsonLd,
    int maxRecordBytes,
    boolean thumbnails) {

  /** The {@code jsonld} key: {@code record} or {@code mended}. */
  public enum JsonLdMode {
    RECORD, MENDED
  }

  /** {@code max_record_bytes} when the configuration does not set it: 8 MiB. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;

  public static final String DEFAULT_FILE = "figsite.yml";

  /** The same configuration with the origin and base path taken from one absolute URL. */
  public SiteConfig withBaseUrl(String origin, String path) {
    return new SiteConfig(title, description, origin, path, language, license, creator,
        figuresPerPage, figuresPerGenePage, figureDownloads, jsonLd, maxRecordBytes, thumbnails);
  }
}
