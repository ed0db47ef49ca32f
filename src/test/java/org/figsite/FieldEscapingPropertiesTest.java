package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Any text in any field of a valid record comes out as that text: the page parses, holds nothing
 * the templates do not write, shows the value, and its JSON-LD is the record's schema-jsonld.
 * Records are written with SnakeYAML's dumper, which quotes whatever needs quoting.
 */
class FieldEscapingPropertiesTest {
  private static Path root;

  @BeforeContainer
  static void createRoot() throws IOException {
    root = Files.createTempDirectory("figsite-props");
  }

  @AfterContainer
  static void deleteRoot() {
    try {
      FileTrees.delete(root);
    } catch (UncheckedIOException e) {
      // A try cut short by jqwik's shrinking timeout may still be writing; the folder is in /tmp.
    }
  }

  /** The control characters figsite refuses in text (ControlCharacters): each makes a record invalid. */
  private static final List<String> REFUSED = List.of("\u0000", "\u0007", "\b", "\u001b", "\u000b", "\u007f");

  /**
   * Text with the characters that break markup, YAML and JSON, plus any Unicode (surrogate pairs
   * too), but for the control characters figsite refuses ({@link #controlCharactersAreRefused}).
   */
  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> nasty = Arbitraries.of("<", ">", "&", "\"", "'", "`", "</script>", "<!--", "-->", "&amp;",
        "\u2028", "\u2029", "\u0085", "\u009b", "\ufeff", "\ud83d\ude00", "\t", "\n",
        "\r\n", ": ", " #", "- ", "{", "}", "[", "]", "*a", "&a", "!!java.io.File", "NO", "on", "0123", "~", "null",
        "javascript:", "${x}", "<#if>", "\\", "%", "@");
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8).map(FieldEscapingPropertiesTest::withoutRefused);
    return Arbitraries.oneOf(nasty, any).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l))
        .filter(s -> !s.isBlank() && isText(s));
  }

  /**
   * Whether a string is Unicode text (no unpaired surrogate: only text can be saved as UTF-8)
   * without U+FFFF, which jsoup's parser takes for the end of its input (figsite writes it
   * correctly, but the page could not be checked).
   */
  private static String withoutRefused(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)) sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uffff') return false;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return false;
    }
    return true;
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    Arbitrary<String> t = hostileText();
    return Combinators.combine(t, t, t, t, t, t, t, t).as((figtitle, caption, papertitle, reftext, organism,
        word, symbol, chemical) -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("figtitle", figtitle);
      m.put("caption", caption);
      m.put("papertitle", papertitle);
      m.put("reftext", reftext);
      m.put("organism", organism);
      m.put("word", word);
      m.put("symbol", symbol);
      m.put("chemical", chemical);
      return m;
    });
  }

  /**
   * A refused control character (NUL, BEL, BS, ESC, VT, DEL) anywhere in any text field, written
   * as a double-quoted escape, makes the record invalid with an error at that field's value: the
   * site is not published.
   */
  @Property(tries = 30)
  void controlCharactersAreRefused(@ForAll("hostileText") String text, @ForAll("refused") String control,
      @ForAll("field") String field) throws IOException {
    int middle = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2);
    String value = text.substring(0, middle) + control + text.substring(middle);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("figid", "PMC1__prop");
    record.put("pmcid", "PMC1");
    record.put("filename", "f.jpg");
    record.put(field, field.equals("genes") ? List.of(Map.of("word", value, "hgnc_symbol", "EGFR")) : value);
    String yaml = quotedYaml(record);
    Path dir = Files.createTempDirectory(root, "case");
    try {
      TestSite site = new TestSite(dir).withConfig();
      site.file("content/figures/PMC1__prop.md", "---\n" + yaml + "---\n");
      TestSite.Run r = site.build();
      assertThat(r.exitCode()).as("stderr:\n" + r.err() + "\nrecord:\n" + yaml).isEqualTo(1);
      int line = 2 + List.of(yaml.split("\n")).indexOf(yaml.lines().filter(l -> l.contains(field.equals("genes") ? "\"word\"" : "\"" + field + "\"")).findFirst().orElseThrow());
      assertThat(r.headlines()).as(yaml).singleElement().asString()
          .startsWith("content/figures/PMC1__prop.md:" + line + ":")
          .contains("control character U+00");
      assertThat(site.output()).doesNotExist();
    } finally {
      FileTrees.delete(dir);
    }
  }

  /**
   * The record as block YAML with every scalar double-quoted and control characters as
   * "\x07"-style escapes rather than !!binary (which figsite refuses): SnakeYAML's plain and block
   * styles would write U+0085, U+2028 and U+2029 raw, and take them for line breaks (YAML 1.1)
   * where figsite, like YAML 1.2, does not.
   */
  private static String quotedYaml(Map<String, Object> record) {
    DumperOptions opts = new DumperOptions();
    opts.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    opts.setWidth(Integer.MAX_VALUE);
    opts.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    opts.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    return new Yaml(opts).dump(record);
  }

  @Provide
  Arbitrary<String> refused() {
    return Arbitraries.of(REFUSED);
  }

  @Provide
  Arbitrary<String> field() {
    return Arbitraries.of("figtitle", "caption", "papertitle", "organisms_ner", "genes", "custom_key");
  }

  @Property(tries = 200)
  void everyTextFieldComesOutAsText(@ForAll("fields") Map<String, String> f,
      @ForAll("hostileText") String ldKey, @ForAll("hostileText") String ldValue) throws IOException {
    Map<String, Object> jsonLd = new LinkedHashMap<>();
    jsonLd.put("@type", "Dataset");
    jsonLd.put("name", f.get("figtitle"));
    jsonLd.put(ldKey, ldValue);
    jsonLd.put("keywords", List.of(ldValue, f.get("symbol")));

    Map<String, Object> record = new LinkedHashMap<>();
    record.put("figid", "PMC1__prop");
    record.put("pmcid", "PMC1");
    record.put("filename", "f.jpg");
    record.put("figtitle", f.get("figtitle"));
    record.put("caption", f.get("caption"));
    record.put("papertitle", f.get("papertitle"));
    record.put("reftext", f.get("reftext"));
    record.put("organisms", List.of(f.get("organism")));
    // The symbol column shows the HGNC symbol when there is one, so the generated symbol goes on a
    // row without.
    record.put("genes", List.of(
        Map.of("word", f.get("word"), "symbol", "EGFR", "hgnc_symbol", "EGFR", "entrez", "1956"),
        Map.of("word", "w", "symbol", f.get("symbol"))));
    record.put("chemicals", List.of(Map.of("word", f.get("chemical"), "source", "MESH", "identifier", "D000001")));
    record.put("schema-jsonld", jsonLd);

    String yaml = quotedYaml(record);

    Path dir = Files.createTempDirectory(root, "case");
    try {
      TestSite site = new TestSite(dir).withConfig();
      // The record's JSON-LD exactly as it is, so that the round trip compares every value.
      site.file("figsite.yml", TestSite.CONFIG + "jsonld: record\n");
      site.file("content/figures/PMC1__prop.md", "---\n" + yaml + "---\n");
      TestSite.Run r = site.build();
      assertThat(r.exitCode()).as("stderr:\n" + r.err() + "\nrecord:\n" + yaml).isZero();
      assertThat(site.snapshotBesideOutput().keySet()).as("nothing left beside the output")
          .containsExactlyInAnyOrder("/", "figsite.yml", "content/", "content/figures/", "content/figures/PMC1__prop.md");
      SiteChecks.checkSite(site.output());

      Path page = site.output().resolve("figures/PMC1__prop.html");
      JsonNode expected = SiteChecks.JSON.valueToTree(jsonLd);
      assertThat(SiteChecks.jsonLdOf(page)).as("JSON-LD round trip").isEqualTo(expected);

      String text = visible(SiteChecks.parse(page).wholeText());
      for (String field : List.of("figtitle", "caption", "papertitle", "reftext", "organism", "word", "symbol", "chemical")) {
        assertThat(text).as(field + " shown as text; code points " + f.get(field).codePoints().boxed().toList())
            .contains(visible(f.get(field)));
      }
    } finally {
      FileTrees.delete(dir);
    }
  }

  /**
   * Text as an HTML parser reads it: CR and CRLF become LF, and NUL in element text is dropped.
   * Applied to both sides; {@code wholeText()} keeps every other character as written.
   */
  private static String visible(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
  }
}
