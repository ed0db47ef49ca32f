package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReloadSnippetTest {
  @Test
  void insertsScriptBeforeTheLastClosingBodyTag() {
    String page = ReloadSnippet.inject("<body><pre>&lt;/body&gt; </body></pre></BODY>\n</html>", List.of());
    assertThat(page).endsWith("</script></BODY>\n</html>");
  }

  @Test
  void appendsScriptWhenThereIsNoBodyTag() {
    assertThat(ReloadSnippet.inject("<p>fragment", List.of())).startsWith("<p>fragment<script>").endsWith("</script>");
  }

  @Test
  void findsBodyTagAfterCharactersWhoseLowerCaseIsLonger() {
    // U+0130 lower-cases to two chars; a lower-cased copy would put the index one char off.
    String page = ReloadSnippet.inject("<body>\u0130\u0130</body>", List.of());
    assertThat(page).startsWith("<body>\u0130\u0130<script>").endsWith("</script></body>");
  }

  @Test
  void escapesProblemTextInTheBanner() {
    String banner = ReloadSnippet.banner(List.of("a.md:1:1: error: <script>alert('x')</script> & \"q\""));
    assertThat(banner).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        .doesNotContain("<script>");
  }

  @Test
  void addsNoBannerWhenTheBuildSucceeded() {
    assertThat(ReloadSnippet.inject("<body></body>", List.of())).doesNotContain(ReloadSnippet.BANNER_ID + "\"");
  }
}
