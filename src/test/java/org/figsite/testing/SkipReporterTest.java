package org.figsite.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkipReporterTest {
  @Test
  void namesTheSkippedTestAndItsReason() {
    assertThat(SkipReporter.line("OutputFailuresIT.x", "Assumption failed: running as root: chmod does not stop writes"))
        .isEqualTo("SKIPPED OutputFailuresIT.x: running as root: chmod does not stop writes");
  }

  @Test
  void isLoadedForEveryTest() throws java.io.IOException {
    assertThat(java.util.ServiceLoader.load(org.junit.jupiter.api.extension.Extension.class).stream()
        .map(p -> p.type().getName())).contains(SkipReporter.class.getName());
    java.util.Properties junit = new java.util.Properties();
    try (var in = SkipReporterTest.class.getResourceAsStream("/junit-platform.properties")) {
      junit.load(in);
    }
    assertThat(junit.getProperty("junit.jupiter.extensions.autodetection.enabled")).isEqualTo("true");
  }
}
