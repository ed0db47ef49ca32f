package org.figsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The fast path steps aside or agrees with SnakeYAML on generated documents: YAML-like text built
 * from records' parts and mutated ({@link YamlDocuments}), and data dumped by SnakeYAML's own
 * emitter at random widths, which folds and escapes long and odd strings its own way. Each
 * property also checks that the fast path is actually taken on a good share of its inputs, so
 * that a fast path that always stepped aside would fail.
 */
class BlockYamlComposerPropertiesTest {
  @Property(tries = 4000)
  void agreesOnGeneratedAndMutatedDocuments(@ForAll("documents") String yaml) {
    check(yaml, 30);
  }

  @Property(tries = 2000)
  void agreesOnDocumentsDumpedBySnakeYaml(@ForAll("dumped") String yaml) {
    check(yaml, 25);
  }

  private static void check(String yaml, int minTakenPercent) {
    Statistics.label("fast path").collect(FastPathCheck.taken(yaml));
    Statistics.label("fast path").coverage(c -> c.check(true).percentage(p -> p >= minTakenPercent));
    assertThat(FastPathCheck.disagreement(yaml)).as("\"" + NodeDump.escape(yaml) + "\"").isEmpty();
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.randomValue(YamlDocuments::document).withoutEdgeCases();
  }

  @Provide
  Arbitrary<String> dumped() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(40, Arbitraries.of("HER2", "the", "cells", "of", "Δ16HER2", "é", "\ud83d\ude00", "x".repeat(90))),
        Tuple.of(10, Arbitraries.of(" ", " ", "  ", ": ", " #", "- ", "'", "''", "\"", "\\", "\t", "\u00a0", "~",
            "null", "0123", "&a", "*a", "!x", "[", "{", "%", "@", "`", "---", "...", ":", "#", "-")),
        // Line breaks and special characters make SnakeYAML write block scalars or !!binary, which
        // the fast path leaves to it: rare, so that most documents stay on the fast path.
        Tuple.of(1, Arbitraries.of("\n", "\n\n", "\u0007", "\u0085", "\u2028", "\ufeff", "\r")),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3)));
    Arbitrary<String> text = joined(piece, 0, 30);
    Arbitrary<String> key = joined(piece, 1, 3);
    Arbitrary<Object> leaf = Arbitraries.oneOf(text.map(s -> (Object) s), text.list().ofMaxSize(4).map(l -> (Object) l));
    Arbitrary<Map<String, Object>> inner = Arbitraries.maps(key, leaf).ofMaxSize(4).map(LinkedHashMap::new);
    Arbitrary<Object> value = Arbitraries.frequencyOf(
        Tuple.of(6, leaf),
        Tuple.of(2, inner.map(m -> (Object) m)),
        Tuple.of(2, inner.list().ofMaxSize(3).map(l -> (Object) l)));
    Arbitrary<Map<String, Object>> doc = Arbitraries.maps(key, value).ofMinSize(1).ofMaxSize(6).map(LinkedHashMap::new);
    return Combinators.combine(doc, Arbitraries.integers().between(20, 120), Arbitraries.of(true, false))
        .as((d, width, unicode) -> {
          DumperOptions o = new DumperOptions();
          o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
          o.setWidth(width);
          o.setAllowUnicode(unicode);
          return new Yaml(o).dump(d);
        })
        .withoutEdgeCases();
  }

  private static Arbitrary<String> joined(Arbitrary<String> piece, int min, int max) {
    return piece.list().ofMinSize(min).ofMaxSize(max).map(l -> String.join("", l))
        .filter(BlockYamlComposerPropertiesTest::isText);
  }

  /** Whole code points only (a lone surrogate cannot be written to a file). */
  private static boolean isText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return false;
    }
    return true;
  }
}
