package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
  @Test
  void splitsDecodedSegmentsAndNotesTrailingSlash() {
    assertThat(RequestPath.decode("/figures/a%20b/")).hasValue(new RequestPath(List.of("figures", "a b"), true));
    assertThat(RequestPath.decode("/figures/X")).hasValue(new RequestPath(List.of("figures", "X"), false));
    assertThat(RequestPath.decode("/")).hasValue(new RequestPath(List.of(), true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/..", "/a/../b", "/%2e%2e/x", "/%2E%2e", "/.", "/a\\b", "/a%5cb", "/a%00", "/%", "/%2", "/%zz",
      "/%ff", "relative"})
  void rejectsDangerousOrMalformedPaths(String raw) {
    assertThat(RequestPath.decode(raw)).isEmpty();
  }

  @Test
  void keepsDoubleEncodedDotsAsLiteralNames() {
    assertThat(RequestPath.decode("/%252e%252e")).hasValue(new RequestPath(List.of("%2e%2e"), false));
  }

  @Test
  void givesThePathRelativeToTheBaseurl() {
    RequestPath p = RequestPath.decode("/pfocr/figures/").orElseThrow();
    assertThat(p.under("/pfocr")).hasValue(new RequestPath(List.of("figures"), true));
    assertThat(p.under("")).hasValue(p);
    assertThat(p.under("/other")).isEmpty();
    assertThat(RequestPath.decode("/pfocrx").orElseThrow().under("/pfocr")).isEmpty();
  }
}
