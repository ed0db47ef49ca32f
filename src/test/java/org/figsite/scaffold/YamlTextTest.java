package org.figsite.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"Kinase \"maps\": a test", "", "/pfocr", "a\\b\tc\nd", "# not a comment", "- not a list",
      "é ü 中文 😀", "bell \u0007 escape \u001b delete \u007f",
      "C1 \u0080 next line \u0085 line \u2028 paragraph \u2029 no-break \u00a0 end", "  spaces  ", "yes", "null", "1e3",
      "a very long title, longer than the emitter's usual width of eighty characters, all on one line"})
  void writesAScalarThatReadsBackAsTheSameTextOnOneLine(String text) {
    String yaml = YamlText.doubleQuoted(text);

    assertThat(yaml).startsWith("\"").endsWith("\"").doesNotContain("\n");
    Object read = new Yaml(new SafeConstructor(new LoaderOptions())).load("title: " + yaml + "\n");
    assertThat(read).isEqualTo(java.util.Map.of("title", text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PFOCR", "Kinase \"maps\": a test", "/pathways"})
  void writesPlainTitlesAsBefore(String text) {
    assertThat(YamlText.doubleQuoted(text)).isEqualTo("\"" + text.replace("\"", "\\\"") + "\"");
  }
}
