package org.figsite.config;

/** The keys of {@code figsite.yml}, in the order the README documents them. */
public enum ConfigKey {
  TITLE("title", "site title, shown in every page's <title> and header"),
  DESCRIPTION("description", "one-sentence description for the home page and search engines"),
  URL("url", "the site's origin, e.g. https://pfocr.wikipathways.org; required for sitemaps and canonical URLs"),
  BASEURL("baseurl", "path the site is served under, e.g. /pfocr for https://user.github.io/pfocr/; '' for a root site"),
  LANGUAGE("language", "the pages' language (html lang), default en"),
  LICENSE("license", "license URL of the figures, put in JSON-LD when a record names none"),
  CREATOR("creator", "organisation credited as creator in JSON-LD when a record names none"),
  FIGURES_PER_PAGE("figures_per_page", "figures per page of the /figures/ index, default 100"),
  FIGURES_PER_GENE_PAGE("figures_per_gene_page",
      "figures per gene/organism/chemical/disease page before paginating, default 100; 0 = all on one page"),
  FIGURE_DOWNLOADS("figure_downloads",
      "true (default) writes /figures/<figid>.json and .genes.tsv beside each page; false leaves them out"),
  JSONLD("jsonld",
      "mended (default): each figure page's JSON-LD is the record's schema-jsonld with name, url, license… mended;"
          + " record: the record's schema-jsonld exactly as it is"),
  MAX_RECORD_BYTES("max_record_bytes",
      "largest record file read, in bytes, default 8388608 (8 MiB); a bigger one is an error at its file"),
  THUMBNAILS("thumbnails",
      "true (default) shows each figure's image from PMC as a thumbnail in listings and search results; false shows none");

  private final String key;
  private final String meaning;

  ConfigKey(String key, String meaning) {
    this.key = key;
    this.meaning = meaning;
  }

  public String key() {
    return key;
  }

  public String meaning() {
    return meaning;
  }

  /** The key spelled {@code key} in {@code figsite.yml}; empty for an unknown one. */
  public static java.util.Optional<ConfigKey> find(String key) {
    for (ConfigKey k : values()) if (k.key.equals(key)) return java.util.Optional.of(k);
    return java.util.Optional.empty();
  }
}
