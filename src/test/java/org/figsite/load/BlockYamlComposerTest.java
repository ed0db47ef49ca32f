package org.figsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fast path takes, and what it leaves to SnakeYAML. Every case taken must also give
 * SnakeYAML's exact tree ({@link FastPathCheck}).
 */
class BlockYamlComposerTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "figid: PMC1__a\n",
      "a: b\nc:\nd: []\ne: {}\nf: ''\ng: \"\"\n",
      "'@context': https://schema.org/\n'@id': x\n\"k\": v\n",
      "organisms:\n- Homo sapiens\n- Mus musculus\nyear: '2020'\n",
      "genes:\n- word: TP53\n  symbol: TP53\n  entrez: '7157'\n- word: X\n  symbol: Y\nndex: ''\n",
      "ld:\n  '@type': Dataset\n  creator:\n    '@type': Organization\n    name: WikiPathways\n  keywords:\n  - A\n  - B\nz: 1\n",
      "k:\n    - a\n    -   b: 1\n        c: 2\n    - []\nz: x\n",
      "caption: a long caption\n  folded over\n  three lines\nnext: x\n",
      "caption: blank lines\n\n  fold\n\n\n  to breaks\n",
      "caption: trailing spaces   \n   then more  \n",
      "caption: 'it''s quoted\n  and folded ''twice''\n\n  with a break'\n",
      "caption: 'a # is text here: and so is this'\n",
      "caption: a#b c:d http://x.org/?q=1 [x] {y} - z\n",
      "k: \"esc \\\\ \\\" \\n \\t \\x41 \\u00e9 \\U0001F600 \\N \\_ \\L \\P \\0 \\a \\b \\e \\f \\r \\v \\  end\"\n",
      "k: \"joined \\\n   line\\\n\n  after a blank\"\n",
      "k: \"folded\n  line\n\n  break\"\n",
      "k: 😀 surrogate 😀 pairs\nl: '😀'\nm: x\n  😀\n",
      "key with spaces: v\nkey  : spaced colon\n-x: dash\n?x: q\n:x: colon\n",
      "\n\na: after blank lines\n\n\nb: x\n\n",
      "a: no final newline",
      "a:",
      "a: '\n  starts with a break'\n",
      "a: 'continued at column zero\nis still fine'\nb: x\n",
      "NO: 0123\non: ~\nnull: 1.5e3\n",
      "a: b\n - c is folded into b\n",
  })
  void takesBlockYamlAndAgrees(String yaml) {
    assertThat(FastPathCheck.disagreement(yaml)).isEmpty();
    assertThat(FastPathCheck.taken(yaml)).as("taken by the fast path").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   \n",
      "just a scalar\n",
      "- a list\n",
      "  a: indented document\n",
      "a: b # comment\n",
      "# comment\na: b\n",
      "a: b\n  # comment\n",
      "a: &x anchor\nb: *x\n",
      "a: !!str tag\n",
      "a: !foo tag\n",
      "a: |\n  literal\n",
      "a: >\n  folded\n",
      "a: [1, 2]\n",
      "a: {b: c}\n",
      "a: [ ]\n",
      "? complex\n: key\n",
      "%YAML 1.1\n---\na: b\n",
      "a: b\n---\nc: d\n",
      "a: b\n...\n",
      "a:\tb\n",
      "a: b\r\nc: d\r\n",
      "\ufeffa: b\n",
      "a: b\u0085c\n",
      "a: b\u2028c\n",
      "a: \u0007\n",
      "a: \"\\/\"\n",
      "a: \"\\q\"\n",
      "a: \"\\uD800\"\n",
      "a: \"\\UFFFFFFFF\"\n",
      "a: 'unterminated\n",
      "a: b: c\n",
      "a: b\n  c: d\n",
      "a:\n  multi-line\n  value below its key\n",
      "a:\n-\n- b\n",
      "a:\n- - nested\n",
      "a: 'x' y\n",
      "<<: {}\n",
      "a:\n  b: 1\n c: 2\n",
  })
  void leavesEverythingElseToSnakeYaml(String yaml) {
    assertThat(FastPathCheck.taken(yaml)).as("taken by the fast path").isFalse();
  }

  @Test
  void leavesKeysNearSnakeYamlsSimpleKeyLimitToIt() {
    String shortKey = "k".repeat(900) + ": v\n";
    String longKey = "k".repeat(1100) + ": v\n";
    assertThat(FastPathCheck.taken(shortKey)).isTrue();
    assertThat(FastPathCheck.disagreement(shortKey)).isEmpty();
    assertThat(FastPathCheck.taken(longKey)).isFalse();
  }

  @Test
  void marksCountSurrogatePairsAsOneColumn() {
    String yaml = "k\ud83d\ude00: \ud83d\ude00\ud83d\ude00 x\n  y\ud83d\ude00\nz: '\ud83d\ude00'\n";
    assertThat(FastPathCheck.taken(yaml)).isTrue();
    assertThat(FastPathCheck.disagreement(yaml)).isEmpty();
    var root = BlockYamlComposer.compose(yaml).orElseThrow();
    var value = root.getValue().get(0).getValueNode();
    assertThat(value.getStartMark().getColumn()).isEqualTo(4);
    assertThat(value.getEndMark().getColumn()).isEqualTo(4);
    assertThat(value.getEndMark().getLine()).isEqualTo(1);
    assertThat(root.getValue().get(1).getValueNode().getEndMark().getIndex()).isEqualTo(yaml.codePointCount(0, yaml.length()) - 1);
  }
}
