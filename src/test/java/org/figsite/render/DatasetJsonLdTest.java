package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figsite.config.SiteConfig;
import org.figsite.diag.SourcePos;
import org.figsite.model.Figure;
import org.figsite.schema.SchemaOrgVocabulary;
import org.junit.jupiter.api.Test;

class DatasetJsonLdTest {
  static final SiteConfig MENDED = new SiteConfig("PFOCR", "", "https://example.github.io", "/pfocr", "en",
      "CC0", "WikiPathways", 100, 100, true, SiteConfig.JsonLdMode.MENDED, SiteConfig.DEFAULT_MAX_RECORD_BYTES, true);
  static final SiteConfig RECORD = new SiteConfig("PFOCR", "", "https://example.github.io", "/pfocr", "en",
      "CC0", "WikiPathways", 100, 100, true, SiteConfig.JsonLdMode.RECORD, SiteConfig.DEFAULT_MAX_RECORD_BYTES, true);
  static final String PAGE = "https://example.github.io/pfocr/figures/PMC1__f1.html";

  static Figure figure(Map<String, Object> schemaJsonLd, String doi) {
    return new Figure("content/figures/a.md", new SourcePos("content/figures/a.md", 2, 1), "PMC1__f1",
        "ERBB2 signalling in breast cancer", "A caption long enough for Google: ERBB2 activates PI3K and AKT.",
        "F1", "Figure", "", "PMC1", "f1.jpg", "ERBB2 in cancer", "", "2020", doi, "", "", "",
        List.of("Homo sapiens"), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "", List.of(),
        schemaJsonLd, Map.of(), "", "");
  }

  static Map<String, Object> realRecordJsonLd() {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org/");
    ld.put("@id", "https://pfocr.wikipathways.org/figures/PMC1__f1.html");
    ld.put("@type", "Dataset");
    ld.put("description", "The record's own description, which is right and long enough to keep.");
    ld.put("license", "CC0");
    ld.put("name", "CreativeWork");
    ld.put("keywords", List.of("ERBB2"));
    ld.put("creator", Map.of("@type", "Organization", "name", "WikiPathways"));
    return ld;
  }

  @Test
  void mendsTheNameUrlIdAndLicenseOfARealRecordAndKeepsWhatIsRight() {
    Map<String, Object> ld = new DatasetJsonLd(MENDED, SchemaOrgVocabulary.builtin())
        .of(figure(realRecordJsonLd(), ""));

    assertThat(ld.get("name")).isEqualTo("ERBB2 signalling in breast cancer");
    assertThat(ld.get("url")).isEqualTo(PAGE);
    assertThat(ld.get("@id")).isEqualTo(PAGE);
    assertThat(ld.get("sameAs")).isEqualTo("https://pfocr.wikipathways.org/figures/PMC1__f1.html");
    assertThat(ld.get("license")).isEqualTo(DatasetJsonLd.CC0);
    assertThat(ld.get("description")).isEqualTo("The record's own description, which is right and long enough to keep.");
    assertThat(ld.get("keywords")).isEqualTo(List.of("ERBB2"));
    assertThat(ld.get("creator")).isEqualTo(Map.of("@type", "Organization", "name", "WikiPathways"));
    assertThat(ld.get("isAccessibleForFree")).isEqualTo(true);
    assertThat(ld.get("image")).isEqualTo("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/bin/f1.jpg");
    assertThat(ld.get("identifier")).isEqualTo(List.of("PMC1__f1", "pmc:PMC1"));
    assertThat(ld.get("includedInDataCatalog")).isEqualTo(Map.of("@type", "DataCatalog",
        "@id", "https://example.github.io/pfocr/#catalog", "name", "PFOCR", "url", "https://example.github.io/pfocr/"));
    assertThat(ld.get(DatasetJsonLd.CONFORMS_TO)).isEqualTo(Map.of("@id", DatasetJsonLd.DATASET_PROFILE));
  }

  @Test
  void citesThePaperWithItsDoi() {
    Map<String, Object> ld = new DatasetJsonLd(MENDED, SchemaOrgVocabulary.builtin())
        .of(figure(null, "doi:10.1000/xyz.1"));

    assertThat(ld.get("identifier")).isEqualTo(List.of("PMC1__f1", "https://doi.org/10.1000/xyz.1", "pmc:PMC1"));
    assertThat(ld.get("citation")).isEqualTo(Map.of("@type", "ScholarlyArticle", "name", "ERBB2 in cancer",
        "url", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1", "identifier", "https://doi.org/10.1000/xyz.1",
        "sameAs", "https://doi.org/10.1000/xyz.1", "datePublished", "2020"));
    assertThat(ld.get("name")).isEqualTo("ERBB2 signalling in breast cancer");
    assertThat(ld.get("license")).isEqualTo(DatasetJsonLd.CC0);
  }

  @Test
  void addsAboutAndMentionsAfterTheRecordsOwn() {
    Map<String, Object> own = realRecordJsonLd();
    own.put("mentions", Map.of("@type", "Thing", "name", "cAMP"));
    Map<String, Object> gene = Map.of("@type", "Gene", "name", "ERBB2");

    Map<String, Object> ld = new DatasetJsonLd(MENDED, SchemaOrgVocabulary.builtin())
        .of(figure(own, ""), List.of(), List.of(gene));

    assertThat(ld).doesNotContainKey("about");
    assertThat(ld.get("mentions")).isEqualTo(List.of(Map.of("@type", "Thing", "name", "cAMP"), gene));
  }

  @Test
  void keepsTheRecordsObjectExactlyWithJsonldRecord() {
    Map<String, Object> own = realRecordJsonLd();
    assertThat(new DatasetJsonLd(RECORD, SchemaOrgVocabulary.builtin()).of(figure(own, ""))).isSameAs(own);
  }

  @Test
  void treatsSchemaOrgTypeNamesAndStockWordsAsGenericNames() {
    SchemaOrgVocabulary v = SchemaOrgVocabulary.builtin();
    assertThat(DatasetJsonLd.isGenericName("CreativeWork", v)).isTrue();
    assertThat(DatasetJsonLd.isGenericName("dataset", v)).isTrue();
    assertThat(DatasetJsonLd.isGenericName(" Untitled ", v)).isTrue();
    assertThat(DatasetJsonLd.isGenericName("ERBB2 signalling", v)).isFalse();
  }
}
