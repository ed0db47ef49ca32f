package org.figsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  @Test
  void cannotCloseTheScriptElementOrOpenAComment() throws Exception {
    Map<String, Object> value = Map.of("name", "</script><script>alert(1)</script> <!-- x --> & \u2028\u2029",
        "list", List.of("</SCRIPT>", 1, true));
    String json = JsonLd.scriptSafe(value);
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
        .doesNotContain("\u2028").doesNotContain("\u2029");
    assertThat(new ObjectMapper().readValue(json, Object.class)).isEqualTo(value);
  }

  @Test
  void writesTheEscapesInLowerCaseHexAndLeavesOtherTextAlone() {
    assertThat(JsonLd.scriptSafe(List.of("a<b>c&d\u2028e\u2029 é → \"q\" \\ \n")))
        .isEqualTo("[\"a\\u003cb\\u003ec\\u0026d\\u2028e\\u2029 é → \\\"q\\\" \\\\ \\n\"]");
  }
}
