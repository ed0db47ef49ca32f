package org.figsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeValuesTest {
  @Test
  void readsYaml12CoreScalarsNotYaml11Surprises() {
    assertThat(NodeValues.plain("NO")).isEqualTo("NO");
    assertThat(NodeValues.plain("ON")).isEqualTo("ON");
    assertThat(NodeValues.plain("yes")).isEqualTo("yes");
    assertThat(NodeValues.plain("0123")).isEqualTo("0123");
    assertThat(NodeValues.plain("2001-12-14")).isEqualTo("2001-12-14");
    assertThat(NodeValues.plain("1_000")).isEqualTo("1_000");
    assertThat(NodeValues.plain("true")).isEqualTo(true);
    assertThat(NodeValues.plain("~")).isNull();
    assertThat(NodeValues.plain("42")).isEqualTo(42L);
    assertThat(NodeValues.plain("0.961357")).isEqualTo(0.961357);
    assertThat(NodeValues.plain("123456789012345678901234")).isEqualTo(new java.math.BigInteger("123456789012345678901234"));
  }
}
