package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build either publishes all of its changes or none: a failure before its commit
 * point leaves the published site byte-identical (and says so), and a commit cut short is finished
 * by the next figsite run before anything else, leaving a site with no broken link.
 *
 * <p>The disk-full and read-only cases need a small tmpfs or a read-only bind mount when the
 * tests run as root (root ignores permissions); where neither can be made they are skipped, and
 * the reason is printed.
 */
class IncrementalPublishTest {
  @TempDir Path tmp;

  static final String CAPTION = "Three kinases and their feedback loops in the signalling of growth factors.";

  /** Three records with genes of their own, added to the previous site: an incremental build. */
  private static void addThreeRecords(TestSite site, String caption) {
    for (int n = 1; n <= 3; n++) {
      site.file("content/figures/PMC7__f" + n + ".md", "---\nfigid: PMC7__f" + n + "\npmcid: PMC7\nfilename: f" + n
          + ".jpg\nfigtitle: Figure " + n + "\ncaption: '" + caption + "'\ngenes:\n- word: TP53\n  symbol: TP53\n"
          + "  hgnc_symbol: TP53\n  entrez: '7157'\n- word: G" + n + "\n  symbol: G" + n + "\n  hgnc_symbol: G" + n
          + "\n  entrez: '" + (100 + n) + "'\n---\n");
    }
  }

  private static TestSite siteWithBase(Path root) {
    TestSite site = new TestSite(root).withConfig();
    site.file("content/figures/PMC9__base.md",
        TestSite.BASE_RECORD.replace("figtitle: Base figure\n", "figtitle: Base figure\ncaption: '" + CAPTION + "'\n"));
    site.buildOk();
    return site;
  }

  /** What a clean build of the same content gives. */
  private Map<String, String> cleanBuildOf(TestSite site) {
    Path other = tmp.resolve("clean");
    FileTrees.delete(other);
    FileTrees.copy(site.content(), other.resolve("content"));
    TestSite clean = new TestSite(other).withConfig();
    clean.buildOk("--no-cache");
    return clean.outputSnapshot();
  }

  private static void assertUnchanged(TestSite site, Map<String, String> previous, TestSite.Run r) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("site-output/ was left unchanged").doesNotContain("Exception");
    assertThat(site.outputSnapshot()).as("the published site").isEqualTo(previous);
    assertThat(site.root().resolve(".site-output.figsite-pending")).as("pending files are cleaned up").doesNotExist();
    assertThat(site.root().resolve(".site-output.figsite-journal")).doesNotExist();
  }

  @Test
  void aCommitCutShortIsFinishedByTheNextCheck() throws IOException {
    TestSite site = siteWithBase(tmp.resolve("site"));
    addThreeRecords(site, CAPTION);
    Path obstacle = obstruct(site, "figures/PMC7__f3.html");
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.headlines()).hasSize(1);
    assertThat(r.headlines().get(0)).startsWith("site-output: error: cannot finish publishing the site: ");
    assertThat(r.err()).contains("the next figsite run finishes publishing it").doesNotContain("left unchanged");
    assertThat(site.root().resolve(".site-output.figsite-journal")).exists();

    FileTrees.delete(obstacle);
    TestSite.Run check = TestSite.run("check", "--site", site.output().toString(), "--content",
        site.content().toString(), "--config", site.config().toString());
    assertThat(check.exitCode()).as("check after the interrupted commit: %s%s", check.out(), check.err()).isZero();
    assertThat(site.root().resolve(".site-output.figsite-journal")).doesNotExist();
    assertThat(site.root().resolve(".site-output.figsite-cache")).as("the cache, behind the site, is dropped").doesNotExist();
    SiteChecks.checkSite(site.output());

    Map<String, String> clean = cleanBuildOf(site);
    TestSite.Run next = site.buildOk();
    assertThat(next.out()).doesNotContain("incremental");
    assertThat(site.outputSnapshot()).isEqualTo(clean);
  }

  @Test
  void aBuildFindsAndFinishesACommitCutShort() throws IOException {
    TestSite site = siteWithBase(tmp.resolve("site"));
    addThreeRecords(site, CAPTION);
    Path obstacle = obstruct(site, "genes/G2.html");
    assertThat(site.build().exitCode()).isEqualTo(1);
    FileTrees.delete(obstacle);
    Map<String, String> clean = cleanBuildOf(site);
    site.buildOk();
    assertThat(site.outputSnapshot()).isEqualTo(clean);
    assertThat(site.root().resolve(".site-output.figsite-journal")).doesNotExist();
  }

  @Test
  void aReadOnlySubfolderLeavesThePublishedSiteByteIdentical() throws IOException, InterruptedException {
    TestSite site = siteWithBase(tmp.resolve("site"));
    Map<String, String> previous = site.outputSnapshot();
    addThreeRecords(site, CAPTION);
    try (ReadOnly genes = readOnly(site.output().resolve("genes"))) {
      TestSite.Run r = site.build();
      assertUnchanged(site, previous, r);
      assertThat(r.headlines()).hasSize(1);
      assertThat(r.headlines().get(0)).startsWith("site-output: error: cannot write the site: ")
          .contains("/genes: folder is not writable");
    }
    site.buildOk();
    SiteChecks.checkSite(site.output());
  }

  @Test
  void aFullDiskLeavesThePublishedSiteByteIdentical() throws IOException, InterruptedException {
    onSmallDisk(disk -> {
      TestSite site = siteWithThreeBigRecords(disk);
      Map<String, String> previous = site.outputSnapshot();
      Path filler = fillLeaving(disk, 900_000);
      TestSite.Run r = site.build();
      assertUnchanged(site, previous, r);
      assertThat(r.headlines()).hasSize(1);
      assertThat(r.headlines().get(0)).startsWith("site-output: error: cannot write the site: ").endsWith("No space left on device");

      Files.delete(filler);
      site.buildOk();
      SiteChecks.checkSite(site.output());
    });
  }

  /** Item 3 of #17: a full build that cannot replace the old site publishes nothing and leaves no staging. */
  @Test
  void aFullBuildIntoAReadOnlyOutputPublishesNothing() throws IOException, InterruptedException {
    TestSite site = siteWithBase(tmp.resolve("site"));
    Map<String, String> previous = site.outputSnapshot();
    addThreeRecords(site, CAPTION);
    TestSite.Run r;
    try (ReadOnly output = readOnly(site.output())) {
      r = site.build("--no-cache");
      assertThat(site.outputSnapshot()).as("the published site").isEqualTo(previous);
    }
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.headlines()).containsExactly("site-output: error: cannot write the site: site-output: folder is not writable, so the previous site in it could not be replaced");
    assertThat(r.err()).contains("site-output/ was left unchanged");
    assertThat(site.root().resolve(".site-output.figsite-staging")).as("the staging folder is removed").doesNotExist();
  }

  @Test
  void aFullBuildOnAFullDiskRemovesItsStagingFolder() throws IOException, InterruptedException {
    onSmallDisk(disk -> {
      TestSite site = siteWithThreeBigRecords(disk);
      Map<String, String> previous = site.outputSnapshot();
      fillLeaving(disk, 900_000);
      long freeBefore = Files.getFileStore(disk).getUsableSpace();
      TestSite.Run r = site.build("--no-cache");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
      assertThat(r.headlines()).isNotEmpty().allMatch(h -> h.endsWith(": No space left on device"));
      assertThat(site.outputSnapshot()).isEqualTo(previous);
      assertThat(disk.resolve("site/.out.figsite-staging")).doesNotExist();
      assertThat(Files.getFileStore(disk).getUsableSpace()).as("space given back").isGreaterThanOrEqualTo(freeBefore);
    });
  }

  /**
   * Puts a folder where the build will write {@code sitePath}: renaming the new file over it fails
   * after the commit point. Returns the folder, to delete when the test is done with it.
   */
  private static Path obstruct(TestSite site, String sitePath) throws IOException {
    Path obstacle = site.output().resolve(sitePath);
    Files.createDirectories(obstacle.resolve("in-the-way"));
    return obstacle;
  }

  /** A folder made read-only until closed. */
  interface ReadOnly extends AutoCloseable {
    @Override
    void close() throws IOException, InterruptedException;
  }

  /**
   * Makes {@code folder} read-only: by a read-only bind mount when running as root, whom
   * permissions do not stop (skipping the test if that cannot be made), else by its permissions.
   */
  private static ReadOnly readOnly(Path folder) throws IOException, InterruptedException {
    String path = folder.toString();
    if (!isRoot()) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
      return () -> Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    if (!run("mount", "--bind", path, path) || !run("mount", "-o", "remount,bind,ro", path, path)) {
      run("umount", "--lazy", path);
      skip("running as root and cannot bind-mount a folder read-only");
    }
    return () -> run("umount", "--lazy", path);
  }

  /**
   * The base site on {@code disk}, built, and three records added whose pages, downloads and the
   * site-wide pages need more room than {@code fillLeaving(disk, 900_000)} leaves.
   */
  private static TestSite siteWithThreeBigRecords(Path disk) {
    TestSite site = siteWithBase(disk.resolve("site"));
    addThreeRecords(site, "x".repeat(400_000));
    return site;
  }

  /** A test body that needs a disk it can fill. */
  interface OnDisk {
    void run(Path disk) throws IOException, InterruptedException;
  }

  /** Runs {@code body} on a fresh 20 MB tmpfs (root only: skipped otherwise), unmounted afterwards. */
  private void onSmallDisk(OnDisk body) throws IOException, InterruptedException {
    Path disk = Files.createDirectory(tmp.resolve("disk"));
    if (!isRoot() || !run("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", disk.toString())) {
      skip("needs a 20 MB tmpfs, which only root can mount here");
    }
    try {
      body.run(disk);
    } finally {
      run("umount", "--lazy", disk.toString()); // the cache's summaries file may still be mapped
    }
  }

  /** Fills {@code disk} with one file until {@code left} bytes are free; returns the file. */
  private static Path fillLeaving(Path disk, long left) throws IOException {
    Path filler = disk.resolve("filler");
    long toWrite = Files.getFileStore(disk).getUsableSpace() - left;
    try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ByteBuffer zeros = ByteBuffer.allocate(1 << 16);
      for (long rest = toWrite; rest > 0; rest -= zeros.capacity()) {
        zeros.clear();
        if (rest < zeros.capacity()) zeros.limit((int) rest);
        ch.write(zeros);
      }
    }
    return filler;
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Skips the test, saying why on the console as well as in the report. */
  static void skip(String why) {
    System.err.println("SKIPPED " + IncrementalPublishTest.class.getSimpleName() + ": " + why);
    assumeTrue(false, why);
  }

  static boolean run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

}
