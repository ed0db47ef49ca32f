package org.figsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedStringsTest {
  private static PackedStrings of(String... s) {
    PackedStrings.Builder b = new PackedStrings.Builder(1);
    for (String x : s) b.add(x);
    return b.build();
  }

  @Test
  void keepsStringsOfAnyScriptAndLength() {
    List<String> in = List.of("", "a.md", "βeta.md", "x".repeat(5000), "日本.md");
    assertEquals(in, of(in.toArray(new String[0])));
  }

  @Test
  void sameAtComparesStringsAcrossListsByPosition() {
    PackedStrings a = of("a.md", "b.md", "βc.md");
    PackedStrings b = of("b.md", "βc.md", "b.mdx");
    assertTrue(a.sameAt(1, b, 0));
    assertTrue(a.sameAt(2, b, 1));
    assertFalse(a.sameAt(0, b, 0));
    assertFalse(a.sameAt(1, b, 2)); // a prefix is not the same string
    assertFalse(b.sameAt(2, a, 1));
  }
}
