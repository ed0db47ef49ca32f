package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site templates (.ftlh) render with figsite's HTML format: same escaping, same markup rules. */
class HtmlOutputTest {
  @TempDir
  Path templates;

  private String render(String template, Map<String, Object> model) throws Exception {
    Files.writeString(templates.resolve("t.ftlh"), template);
    Theme theme = new Theme(templates, "templates");
    return new String(theme.render(theme.template("t.ftlh"), model, "test"), StandardCharsets.UTF_8);
  }

  @Test
  void ftlhTemplatesUseFigsitesHtmlFormat() throws Exception {
    assertThat(render("${.output_format}|${x}", Map.of("x", "<b>"))).isEqualTo("HTML|&lt;b&gt;");
    assertThat(new Theme(templates, "templates").template("t.ftlh").getOutputFormat()).isSameAs(HtmlOutput.INSTANCE);
  }

  @Test
  void escapesInTextAndAttributesAndLeavesMarkupAlone() throws Exception {
    String t = "<a title=\"${v}\">${v}</a>${html?no_esc}";
    String out = render(t, Map.of("v", "a \"b\" & 'c' <d>", "html", "<i>ok</i>"));
    assertThat(out).isEqualTo("<a title=\"a &quot;b&quot; &amp; &#39;c&#39; &lt;d&gt;\">"
        + "a &quot;b&quot; &amp; &#39;c&#39; &lt;d&gt;</a><i>ok</i>");
  }

  @Test
  void capturedMarkupAndNoEscValuesPrintAsTheyAre() throws Exception {
    String t = "<#assign cell><td>${v}</td></#assign><#assign raw = html?no_esc>${cell}${raw}${cell?markup_string?length}";
    assertThat(render(t, Map.of("v", "<x>", "html", "<b>"))).isEqualTo("<td>&lt;x&gt;</td><b>18");
  }

  @Test
  void escBuiltInAndNestedStandardHtmlBlocksStillWork() throws Exception {
    String t = "<#assign e = v?esc>${e}|<#outputformat \"HTML\">${v}</#outputformat>|${v?no_esc}";
    assertThat(render(t, Map.of("v", "<&>"))).isEqualTo("&lt;&amp;&gt;|&lt;&amp;&gt;|<&>");
  }
}
