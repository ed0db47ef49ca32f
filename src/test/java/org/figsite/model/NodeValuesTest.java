package org.figsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeValuesTest {
  /** YAML 1.1 reads these as booleans, octal numbers, dates and numbers; YAML 1.2's core schema as text. */
  @ParameterizedTest
  @ValueSource(strings = {"NO", "ON", "yes", "0123", "2001-12-14", "1_000"})
  void keepsAsTextWhatOnlyYaml11Reads(String scalar) {
    assertThat(NodeValues.plain(scalar)).isEqualTo(scalar);
  }

  @Test
  void readsYaml12CoreScalars() {
    assertThat(NodeValues.plain("true")).isEqualTo(true);
    assertThat(NodeValues.plain("~")).isNull();
    assertThat(NodeValues.plain("42")).isEqualTo(42L);
    assertThat(NodeValues.plain("0.961357")).isEqualTo(0.961357);
    assertThat(NodeValues.plain("123456789012345678901234")).isEqualTo(new java.math.BigInteger("123456789012345678901234"));
  }
}
