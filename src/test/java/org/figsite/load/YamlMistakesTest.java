package org.figsite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.figsite.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalogue of front-matter mistakes: each is reported at the line where the mistake is, with
 * a hint that names the fix. (The same inputs run end to end in hostile/front-matter-mistakes.)
 */
class YamlMistakesTest {
  private static Problem problemIn(String yaml) {
    String file = "---\n" + yaml + "---\n";
    SourceText src = new SourceText("a.md", file);
    YamlParser.Invalid e = catchThrowableOfType(YamlParser.Invalid.class,
        () -> new YamlParser().parse(FrontMatterSplitter.split(src, true)));
    assertThat(e).as("an error for:\n" + file).isNotNull();
    return e.problem();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      unindented continuation of a caption | figid: x\\ncaption: A caption that goes on\\nand on unindented\\nfigtitle: T\\n | 4:1 | to continue the value of 'caption' (line 3), indent this line by at least 1 space; or, if it starts a new key, write it as 'key: value'
      unindented continuation in a list item | genes:\\n- word: A\\n  symbol: A long\\n  value\\n  entrez: '1'\\n | 5:3 | to continue the value of 'symbol' (line 4), indent this line by at least 3 spaces; or, if it starts a new key, write it as 'key: value'
      key indented by three instead of two | genes:\\n- word: A\\n  symbol: B\\n   source: x\\n | 5:4 | indent 'source:' by 2 spaces like 'symbol:' to make it a key of the same list item; if the line continues the value of 'symbol', quote that value instead
      key of a list item indented by one | genes:\\n- word: A\\n symbol: B\\n | 4:2 | indent 'symbol:' by 2 spaces like 'word:' to make it a key of the same list item
      top-level key indented | figid: x\\n figtitle: T\\n | 3:2 | start 'figtitle:' at the beginning of the line like 'figid:' to make it a key of the same mapping; if the line continues the value of 'figid', quote that value instead
      list item indented unlike the ones above | genes:\\n  - word: A\\n    symbol: B\\n - word: C\\n | 5:2 | indent this '-' by 2 spaces like the items above it
      no space after a colon | figid: x\\nfigtitle:no space\\nyear: '2007'\\n | 3:9 | write 'figtitle: no space'
      no space after a dash | organisms:\\n-Homo sapiens\\n- Mus musculus\\n | 3:1 | write '- Homo sapiens'
      unquoted colon in a value | figtitle: Ratio: high vs low\\n | 2:16 | a value containing ': ' must be quoted as a whole: figtitle: 'Ratio: high vs low'
      smart quotes | figtitle: \u2018quoted: yes\u2019\\n | 2:18 | \u2018 \u2019 \u201c \u201d are typographic quotes, which YAML reads as ordinary text: quote the value with straight quotes ' or ", e.g. figtitle: 'quoted: yes'
      quote inside single quotes | figtitle: 'it's'\\n | 2:15 | inside '...' write a ' as two: '' (e.g. 'it''s'), or quote the value with "..."
      quote inside double quotes | figtitle: "a "b" c"\\n | 2:15 | inside "..." write a " as \\" (e.g. "a \\"b\\" c"), or quote the value with '...'
      tab as indentation | genes:\\n- word: A\\n\\tsymbol: B\\n | 4:1 | YAML does not allow tabs for indentation: indent with spaces
      """)
  void reportsTheMistakeAtItsLineWithTheFix(String mistake, String yaml, String at, String hint) {
    Problem p = problemIn(unescape(yaml));
    assertThat(p.pos().line() + ":" + p.pos().col()).as(mistake).isEqualTo(at);
    assertThat(p.hint()).as(mistake).isEqualTo(unescape(hint));
  }

  /** The problem that splitting {@code text}, as the file a.md, into front matter and body must give. */
  private static Problem splitProblem(String text) {
    return catchThrowableOfType(FrontMatterSplitter.Malformed.class,
        () -> FrontMatterSplitter.split(new SourceText("a.md", text), true)).problem();
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\u2018", "\u2018").replace("\\u2019", "\u2019")
        .replace("\\u201c", "\u201c").replace("\\u201d", "\u201d").replace("\\\\\"", "\\\"");
  }

  @Test
  void keepsTheHintShortWhenTheValueIsLong() {
    Problem p = problemIn("figtitle: " + "a".repeat(10_000) + ": b\n");
    assertThat(p.pos().line() + ":" + p.pos().col()).isEqualTo("2:10011");
    assertThat(p.hint()).isEqualTo("a value containing ': ' must be quoted as a whole: figtitle: '...'");
  }

  @Test
  void reportsAMissingClosingLineAtTheBodyWithTheLineToAddItAfter() {
    Problem p = splitProblem("---\nfigid: x\ncaption: a\n  b\n\nThe body: text.\n");
    assertThat(p.headline()).isEqualTo("a.md:6:1: error: unterminated front matter: no closing '---' before this line");
    assertThat(p.hint()).isEqualTo("did you forget the closing '---'? Add it after line 4, before the body");
  }

  @Test
  void reportsAMistypedClosingLineAtItsLine() {
    Problem p = splitProblem("---\nfigid: x\n--\nbody\n");
    assertThat(p.headline()).startsWith("a.md:3:1: error: unterminated front matter");
    assertThat(p.hint()).isEqualTo("the closing line must be exactly '---'");
  }

  @Test
  void warnsAboutAValueCutShortByAHashButNotAboutAnOrdinaryComment() throws FrontMatterSplitter.Malformed {
    SourceText src = new SourceText("a.md", "---\nfigid: x\nfigtitle: Figure #3 shows\nyear: '2007'  # from PMC\n"
        + "organisms:\n- Homo #sapiens\n---\n");
    List<Problem> w = CommentedValues.find(FrontMatterSplitter.split(src, true));
    assertThat(w).extracting(Problem::headline).containsExactly(
        "a.md:3:18: warning: ' #' starts a YAML comment: the value of 'figtitle' is \"Figure\" and the rest of the line is dropped",
        "a.md:6:8: warning: ' #' starts a YAML comment: the list item is \"Homo\" and the rest of the line is dropped");
    assertThat(w).extracting(Problem::hint).containsExactly(
        "quote the value to keep the '#': figtitle: 'Figure #3 shows'", "quote the value to keep the '#': - 'Homo #sapiens'");
  }
}
