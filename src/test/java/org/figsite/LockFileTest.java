package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build leaves nothing beside its output folder but its cache, whatever the outcome. */
class LockFileTest {
  @TempDir Path tmp;

  @Test
  void aSuccessfulBuildLeavesNoLockFile() {
    TestSite site = new TestSite(tmp);
    site.write("content/figures/PMC9__base.md", TestSite.BASE_RECORD);
    TestSite.Result r = site.build();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(tmp.resolve(".out.figsite-lock")).doesNotExist();
  }

  @Test
  void aBuildFailedByABadRecordLeavesNoLockFileAndThePreviousSite() {
    TestSite site = new TestSite(tmp).withPreviousSite();
    var previous = TestSite.snapshot(site.output, null);
    site.write("content/figures/PMC9__bad.md", TestSite.BASE_RECORD.replace("PMC9__base", "PMC9__bad")
        .replace("entrez: '1956'", "entrez: '19x6'"));
    TestSite.Result r = site.build();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.headlines()).anyMatch(h -> h.startsWith("content/figures/PMC9__bad.md:") && h.contains("entrez"));
    assertThat(tmp.resolve(".out.figsite-lock")).doesNotExist();
    assertThat(tmp.resolve(".out.figsite-staging")).doesNotExist();
    assertThat(TestSite.snapshot(site.output, null)).isEqualTo(previous);
  }

  @Test
  void aLockFileLeftByAKilledBuildDoesNotStopTheNextAndIsRemoved() {
    TestSite site = new TestSite(tmp);
    site.write("content/figures/PMC9__base.md", TestSite.BASE_RECORD);
    site.write(".out.figsite-lock", "");
    TestSite.Result r = site.build();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.exists(tmp.resolve(".out.figsite-lock"))).isFalse();
  }
}
