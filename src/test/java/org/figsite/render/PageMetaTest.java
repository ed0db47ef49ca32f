package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PageMetaTest {
  /** The definition summary() implements without a regex over the whole text. */
  private static String reference(String text, int max) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.length() <= max) return s;
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) cut = max - 1;
    return s.substring(0, cut) + "…";
  }

  @Test
  void collapsesWhiteSpaceAndCutsAtAWord() {
    assertThat(PageMeta.summary("  One\n\ttwo   three  ", 300)).isEqualTo("One two three");
    assertThat(PageMeta.summary("alpha beta gamma delta", 12)).isEqualTo("alpha beta…");
    assertThat(PageMeta.summary("abcdefghijklmnop", 10)).isEqualTo("abcdefghi…");
  }

  @Property(tries = 500)
  void equalsTheRegexDefinition(
      @ForAll @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u2003', '\u001F', 'a', 'b', 'γ'})
          @CharRange(from = 'c', to = 'e') String text,
      @ForAll @IntRange(min = 1, max = 40) int max) {
    assertThat(PageMeta.summary(text, max)).isEqualTo(reference(text, max));
  }
}
