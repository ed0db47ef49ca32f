package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HtmlEscaperTest {
  @Test
  void escapesTheFiveCharactersLikeFreeMarker() {
    assertThat(HtmlEscaper.escape("a<b>c&d\"e'f")).isEqualTo("a&lt;b&gt;c&amp;d&quot;e&#39;f");
    String longText = "<script>alert('x')</script> & \"quoted\" " + "x".repeat(40) + " <tail>";
    assertThat(HtmlEscaper.escape(longText)).isEqualTo(StringUtil.XHTMLEnc(longText));
  }

  @Test
  void leavesCleanTextAsItIs() {
    String clean = "PPARγ signalling in Homo sapiens — a caption long enough to take the vector path";
    assertThat(HtmlEscaper.escape(clean)).isEqualTo(clean);
    assertThat(HtmlEscaper.escape("")).isEmpty();
  }

  /** Specials at both ends, runs of one kind, a kind that only appears far away. */
  @Test
  void handlesEdgesAndRunsOnTheVectorPath() {
    for (String s : new String[] {"<" + "a".repeat(40) + ">", "&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&<",
        "'".repeat(33), "\"" + "b".repeat(50) + "'" + "c".repeat(50) + "<"}) {
      assertThat(HtmlEscaper.escape(s)).as(s).isEqualTo(StringUtil.XHTMLEnc(s));
    }
  }

  /** Any text, short or long, written to any Writer, is escaped to FreeMarker's own bytes. */
  @Property(tries = 500)
  void equalsFreeMarkersHtmlEscaping(@ForAll("htmlish") String s) throws IOException {
    StringWriter w = new StringWriter();
    HtmlEscaper.escape(s, w);
    assertThat(w.toString()).isEqualTo(StringUtil.XHTMLEnc(s));
    assertThat(HtmlEscaper.escape(s)).isEqualTo(StringUtil.XHTMLEnc(s));
    Utf8Buffer b = new Utf8Buffer(8);
    HtmlEscaper.escape(s, b);
    assertThat(b.toByteArray()).isEqualTo(StringUtil.XHTMLEnc(s).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> htmlish() {
    // Mostly ordinary characters, with the specials, non-ASCII letters and surrogates mixed in.
    Arbitrary<Character> c = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.chars().range('a', 'z')),
        net.jqwik.api.Tuple.of(4, Arbitraries.of('<', '>', '&', '"', '\'', ' ')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u00a0', '\u04ff')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff')));
    return c.list().ofMaxSize(200).map(l -> {
      StringBuilder sb = new StringBuilder(l.size());
      l.forEach(sb::append);
      return sb.toString();
    });
  }
}
