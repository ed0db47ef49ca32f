package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build leaves nothing beside its output folder but its cache, whatever the outcome. */
class LockFileTest {
  @TempDir Path tmp;

  @Test
  void aSuccessfulBuildLeavesNoLockFile() {
    TestSite site = new TestSite(tmp).withConfig();
    site.file("content/figures/PMC9__base.md", TestSite.BASE_RECORD);
    site.buildOk();
    assertThat(tmp.resolve(".site-output.figsite-lock")).doesNotExist();
  }

  @Test
  void aBuildFailedByABadRecordLeavesNoLockFileAndThePreviousSite() {
    TestSite site = new TestSite(tmp).withPreviousSite();
    var previous = site.outputSnapshot();
    site.file("content/figures/PMC9__bad.md", TestSite.BASE_RECORD.replace("PMC9__base", "PMC9__bad")
        .replace("entrez: '1956'", "entrez: '19x6'"));
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).anyMatch(h -> h.startsWith("content/figures/PMC9__bad.md:") && h.contains("entrez"));
    assertThat(tmp.resolve(".site-output.figsite-lock")).doesNotExist();
    assertThat(tmp.resolve(".site-output.figsite-staging")).doesNotExist();
    assertThat(site.outputSnapshot()).isEqualTo(previous);
  }

  @Test
  void aLockFileLeftByAKilledBuildDoesNotStopTheNextAndIsRemoved() {
    TestSite site = new TestSite(tmp).withConfig();
    site.file("content/figures/PMC9__base.md", TestSite.BASE_RECORD);
    site.file(".site-output.figsite-lock", "");
    site.buildOk();
    assertThat(Files.exists(tmp.resolve(".site-output.figsite-lock"))).isFalse();
  }
}
