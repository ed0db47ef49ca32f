package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to the output folder when a build is killed, cannot write, races another build,
 * or is pointed at a folder that is not figsite's. Uses the packaged jar, so it runs as an
 * integration test after {@code package}.
 */
class OutputFailuresIT {
  static final Path JAR = Path.of("target/figsite.jar").toAbsolutePath();
  static final int RECORDS = 1000;

  @TempDir Path tmp;

  @BeforeAll
  static void needsJar() {
    assumeTrue(Files.isRegularFile(JAR), "target/figsite.jar is built by 'mvn package'");
  }

  /** Writes a corpus of {@code count} records; {@code edition} changes every caption. */
  static void writeCorpus(TestSite site, int count, int edition) {
    String[] pool = new String[400];
    for (int i = 0; i < pool.length; i++) pool[i] = "GENE" + i;
    Random r = new Random(42);
    for (int n = 0; n < count; n++) {
      String figid = String.format("PMC%d__fig%04d", 100000 + n / 3, n);
      StringBuilder sb = new StringBuilder("---\n");
      sb.append("figid: ").append(figid).append('\n');
      sb.append("figid_alias: ").append(String.format("PMC%d__F%04d", 100000 + n / 3, n)).append('\n');
      sb.append("pmcid: PMC").append(100000 + n / 3).append('\n');
      sb.append("filename: fig").append(n).append(".jpg\n");
      sb.append("figtitle: Pathway figure ").append(n).append(" <edition ").append(edition).append(">\n");
      sb.append("caption: 'Edition ").append(edition).append(". ");
      sb.append("Signalling through kinases & phosphatases in cell ").append(n).append(". ").append("x".repeat(200))
          .append("'\n");
      sb.append("year: '20").append(10 + n % 12).append("'\norganisms:\n- Homo sapiens\ngenes:\n");
      for (int g = 0; g < 8; g++) {
        String s = pool[r.nextInt(pool.length)];
        sb.append("- word: ").append(s).append("\n  symbol: ").append(s).append("\n  hgnc_symbol: ").append(s)
            .append("\n  entrez: '").append(1000 + s.hashCode() % 1000 + 1000).append("'\n");
      }
      sb.append("---\nNotes on figure ").append(n).append(".\n");
      site.file("content/figures/" + figid + ".md", sb.toString());
    }
  }

  private Process startJar(TestSite site) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-jar", JAR.toString(), "build", "--content", site.content().toString(),
        "--output", site.output().toString(), "--config", site.config().toString())
        .redirectErrorStream(true).redirectOutput(site.root().resolve("jar.log").toFile()).start();
  }

  /** The staging folder of a build into {@code tmp/site-output}. */
  private static final String STAGING = ".site-output.figsite-staging";

  /** Starts the jar's build of {@code site} and returns once it is writing its staging folder. */
  private Process startJarAndAwaitStaging(TestSite site) throws IOException, InterruptedException {
    Process p = startJar(site);
    Path staging = tmp.resolve(STAGING);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.isDirectory(staging) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
    assertThat(p.isAlive()).as("the build is still running").isTrue();
    return p;
  }

  /** A site with one record, not yet built. */
  private TestSite siteWithBaseRecord() {
    return new TestSite(tmp).withConfig().file("content/figures/PMC9__base.md", TestSite.BASE_RECORD);
  }

  /** A site with one record, built: the previous site that a failing build must leave as it was. */
  private TestSite builtSite() {
    TestSite site = siteWithBaseRecord();
    site.buildOk();
    return site;
  }

  @Test
  void killedBuildsLeaveACompleteSiteAndTheNextBuildSucceeds() throws Exception {
    // The site of edition 2, built once to completion elsewhere, is what a finished build gives;
    // that build also times the jar.
    TestSite next = new TestSite(Files.createDirectory(tmp.resolve("next"))).withConfig();
    writeCorpus(next, RECORDS, 2);
    long t0 = System.nanoTime();
    Process full = startJar(next);
    assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(full.exitValue()).as(FileTrees.read(next.root().resolve("jar.log"))).isZero();
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> nextSite = next.outputSnapshot();

    TestSite site = new TestSite(Files.createDirectory(tmp.resolve("site"))).withConfig();
    writeCorpus(site, RECORDS, 1);
    assertThat(site.build().exitCode()).isZero();
    Map<String, String> previous = site.outputSnapshot();
    assertThat(previous).isNotEqualTo(nextSite);
    FileTrees.delete(site.content());
    writeCorpus(site, RECORDS, 2);

    // Delays spread over the whole build, and a few bunched at its end, where the swap is.
    Random r = new Random(7);
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < 5; i++) delays.add((long) (buildMillis * (0.05 + 0.8 * r.nextDouble())));
    for (int i = 0; i < 5; i++) delays.add((long) (buildMillis * (0.85 + 0.2 * r.nextDouble())));
    int sawOld = 0;
    int sawNew = 0;
    for (long delay : delays) {
      Process p = startJar(site);
      Thread.sleep(delay);
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Map<String, String> now = site.outputSnapshot();
      if (now.equals(previous)) {
        sawOld++;
      } else {
        assertThat(now).as("after kill -9 at %d ms of a %d ms build: the old or the new site, whole", delay, buildMillis)
            .isEqualTo(nextSite);
        sawNew++;
        previous = nextSite;
      }
    }
    System.out.printf("kill -9 test: build %d ms, %d kills, %d left the old site, %d the new one%n",
        buildMillis, delays.size(), sawOld, sawNew);

    site.buildOk();
    assertThat(site.outputSnapshot()).isEqualTo(nextSite);
    assertThat(site.root().resolve(".site-output.figsite-staging")).doesNotExist();
    assertThat(site.root().resolve(".site-output.figsite-old")).doesNotExist();
    assertThat(site.root().resolve(".site-output.figsite-lock")).as("the lock file a killed build left is removed").doesNotExist();
  }

  @Test
  void anInterruptedBuildRemovesItsLockFileAndStagingAndLeavesThePreviousSite() throws Exception {
    TestSite site = builtSite();
    Map<String, String> previous = site.outputSnapshot();
    FileTrees.delete(site.content());
    writeCorpus(site, RECORDS, 1);
    Process p = startJarAndAwaitStaging(site);
    assertThat(tmp.resolve(".site-output.figsite-lock")).as("held while the build runs").exists();
    p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(tmp.resolve(".site-output.figsite-lock")).doesNotExist();
    Map<String, String> now = site.outputSnapshot();
    if (now.equals(previous)) {
      assertThat(tmp.resolve(STAGING)).as("an interrupted build throws its staging folder away").doesNotExist();
    } else {
      // Interrupted after the swap: then the new site is whole, which the kill test checks.
      assertThat(now).containsKey("figures/PMC100000__fig0000.html");
    }
  }

  @Test
  void aSecondBuildIntoTheSameOutputIsRefusedWhileTheFirstRuns() throws Exception {
    TestSite site = new TestSite(tmp).withConfig();
    writeCorpus(site, RECORDS, 1);
    Process first = startJarAndAwaitStaging(site);

    TestSite.Run second = site.build();
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.headlines()).containsExactly(
        "site-output: error: another figsite build, or figsite serve rebuilding, is writing to this folder (lock .site-output.figsite-lock)");
    assertThat(second.err()).contains("hint: wait for it to finish, then build again");
    assertThat(tmp.resolve(".site-output.figsite-lock")).as("the refused build leaves the first one's lock").exists();
    TestSite.Run third = site.build();
    assertThat(third.exitCode()).as("still refused after the refused build ended").isEqualTo(1);

    // The first build's own fate is the kill test's business: stop it here.
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aFolderFigsiteDidNotMakeIsNotReplaced() throws IOException {
    TestSite site = siteWithBaseRecord();
    site.file("site-output/thesis.tex", "months of work");
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).containsExactly(
        "site-output: error: refusing to replace a folder that figsite did not create and that is not empty");
    assertThat(site.outputSnapshot()).containsOnlyKeys("/", "thesis.tex");
    assertThat(FileTrees.read(site.output().resolve("thesis.tex"))).isEqualTo("months of work");
  }

  @Test
  void anUnwritableParentFolderIsAClearErrorAndThePreviousSiteStays() throws IOException, InterruptedException {
    Path parent = Files.createDirectory(tmp.resolve("parent"));
    TestSite site = new TestSite(parent).withConfig();
    site.file("content/figures/PMC9__base.md", TestSite.BASE_RECORD);
    assertThat(site.build().exitCode()).isZero();
    Map<String, String> previous = site.outputSnapshot();
    site.file("content/figures/PMC9__other.md", TestSite.BASE_RECORD.replace("PMC9__base", "PMC9__other")
        .replace("PMC9__B1", "PMC9__O1"));
    assertThat(parent.resolve(".site-output.figsite-lock")).as("removed by the build that made it").doesNotExist();
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // Root ignores permissions (as in CI containers), so there the build runs as nobody.
      TestSite.Run r = Files.isWritable(parent) ? buildAsNobody(site) : site.build();
      assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
      assertThat(r.headlines()).containsExactly(
          "site-output: error: cannot create lock file .site-output.figsite-lock: permission denied");
      assertThat(r.err()).doesNotContain("Exception").containsPattern(
          "hint: the lock file is made beside the output folder: make \\S+ writable, or build into a folder you can write \\(--output\\)");
      assertThat(site.outputSnapshot()).isEqualTo(previous);
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /**
   * Runs the packaged jar's build in the site's folder as user nobody (util-linux's setpriv drops
   * root's rights), with the paths relative as a user would type them. Nobody must be able to
   * reach and read the site, so the folders from the temporary folder down are opened for reading.
   */
  private TestSite.Run buildAsNobody(TestSite site) throws IOException, InterruptedException {
    for (Path p = site.root(); p.startsWith(tmp); p = p.getParent()) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = Files.createTempFile("nobody", ".log");
    try {
      Process p = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", java, "-jar",
          JAR.toString(), "build", "--content", "content", "--templates", "templates", "--output", "site-output",
          "--config", site.root().relativize(site.config()).toString(), "--threads", "2")
          .directory(site.root().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("build as nobody finished").isTrue();
      return new TestSite.Run(p.exitValue(), "", FileTrees.read(log));
    } finally {
      Files.delete(log);
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** Works as root too: nothing can be created below a regular file. */
  @Test
  void anOutputBelowARegularFileIsAClearError() throws IOException {
    TestSite site = siteWithBaseRecord();
    site.file("plain-file", "not a folder");
    TestSite.Run r = site.build("--output", tmp.resolve("plain-file/out").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines()).hasSize(1);
    assertThat(r.headlines().get(0)).startsWith("plain-file/out: error: cannot create the folder above the output");
    assertThat(r.err()).doesNotContain("Exception");
  }

  /** Works as root too: the lock file's path is taken by a folder, so the build cannot lock. */
  @Test
  void aLockThatCannotBeCreatedLeavesThePreviousSite() throws IOException {
    TestSite site = builtSite();
    Map<String, String> previous = site.outputSnapshot();
    assertThat(tmp.resolve(".site-output.figsite-lock")).doesNotExist();
    Files.createDirectories(tmp.resolve(".site-output.figsite-lock/in-the-way"));
    TestSite.Run r = site.build();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.headlines().get(0)).startsWith("site-output: error: cannot create lock file .site-output.figsite-lock: ");
    assertThat(r.err()).doesNotContain("Exception").contains("hint: move away whatever is at .site-output.figsite-lock (figsite's lock file is made there)");
    assertThat(site.outputSnapshot()).isEqualTo(previous);
  }
}
