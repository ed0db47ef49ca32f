package org.figsite.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigKeyTest {
  @Test
  void findsEveryKeyByItsSpellingAndNothingElse() {
    for (ConfigKey k : ConfigKey.values()) assertThat(ConfigKey.find(k.key())).contains(k);
    assertThat(ConfigKey.find("baseURL")).isEmpty();
    assertThat(ConfigKey.find("")).isEmpty();
  }
}
