package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figsite.testing.FileTrees;
import org.figsite.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./figsite} launcher: a build that may be incremental starts in a JVM with C1 only,
 * and a full build found there runs again with C2. {@code -XX:+PrintCommandLineFlags} makes each
 * JVM print its flags, which shows which JVMs ran.
 */
class LauncherIT {
  static final Path LAUNCHER = Path.of("figsite").toAbsolutePath();
  static final Path JAR = Path.of("target/figsite.jar").toAbsolutePath();
  static final String SEED = "content/figures/PMC8023395__nihms-1688996-f0002.md";
  static final Pattern FLAGS = Pattern.compile("^-XX:.*$", Pattern.MULTILINE);

  @TempDir Path dir;

  @BeforeAll
  static void needsJar() {
    assumeTrue(Files.isRegularFile(JAR), "target/figsite.jar is built by 'mvn package'");
  }

  record Launch(int exitCode, String out, List<String> jvmFlags) {}

  /** Runs the launcher in the test site with a copy of the jar, so its archive stays in the site. */
  private Launch launch(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("FIGSITE_JAR", dir.resolve("figsite.jar").toString());
    pb.environment().put("FIGSITE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> flags = new ArrayList<>();
    Matcher m = FLAGS.matcher(out);
    while (m.find()) flags.add(m.group());
    return new Launch(p.exitValue(), out, flags);
  }

  private static boolean quick(String flags) {
    return flags.contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void firstBuildIsFullWithC2RebuildIsQuickAndChangedSettingsRunAgainWithC2() throws Exception {
    TestSite site = new TestSite(dir).withSampleRecords();
    Files.copy(JAR, dir.resolve("figsite.jar"));

    Launch first = launch("build");
    assertThat(first.exitCode()).as(first.out()).isZero();
    assertThat(first.out()).contains("8 figure pages");
    assertThat(first.jvmFlags()).hasSize(1);
    assertThat(quick(first.jvmFlags().get(0))).isFalse();
    assertThat(dir.resolve("figsite.jsa")).exists();

    site.file(SEED, site.read(SEED).replace("caption: One of the foremost", "caption: Launched. One of the foremost"));
    Launch edit = launch("build");
    assertThat(edit.exitCode()).as(edit.out()).isZero();
    assertThat(edit.out()).contains("1 changed", "(incremental;");
    assertThat(edit.jvmFlags()).hasSize(1);
    assertThat(quick(edit.jvmFlags().get(0))).isTrue();
    assertThat(site.read("site-output/figures/PMC8023395__nihms-1688996-f0002.html")).contains("Launched.");

    Launch moved = launch("build", "--base-url", "https://elsewhere.example/sub");
    assertThat(moved.exitCode()).as(moved.out()).isZero();
    assertThat(moved.out()).contains("8 figure pages").doesNotContain("incremental");
    assertThat(moved.jvmFlags()).hasSize(2);
    assertThat(quick(moved.jvmFlags().get(0))).isTrue();
    assertThat(quick(moved.jvmFlags().get(1))).isFalse();

    // What the handed-on build published is what a clean build of the same settings writes.
    Launch clean = launch("build", "--no-cache", "--output", "clean", "--base-url", "https://elsewhere.example/sub");
    assertThat(clean.exitCode()).as(clean.out()).isZero();
    assertThat(clean.jvmFlags()).hasSize(1);
    Map<String, String> a = FileTrees.snapshot(dir.resolve("site-output"));
    Map<String, String> b = FileTrees.snapshot(dir.resolve("clean"));
    assertThat(a.keySet()).containsExactlyElementsOf(b.keySet());
    b.forEach((k, v) -> assertThat(a.get(k)).as(k).isEqualTo(v));
    assertThat(FileTrees.read(dir.resolve("site-output/index.html"))).contains("https://elsewhere.example/sub/");
  }

  @Test
  void failedQuickBuildReportsItsErrorsOnce() throws Exception {
    TestSite site = new TestSite(dir).withSampleRecords();
    Files.copy(JAR, dir.resolve("figsite.jar"));
    assertThat(launch("build").exitCode()).isZero();
    site.file(SEED, site.read(SEED).replace("caption: One of the foremost", "caption: [unclosed"));
    Launch broken = launch("build");
    assertThat(broken.exitCode()).as(broken.out()).isEqualTo(1);
    assertThat(broken.jvmFlags()).hasSize(1);
    assertThat(quick(broken.jvmFlags().get(0))).isTrue();
    assertThat(broken.out()).contains("PMC8023395__nihms-1688996-f0002.md:").containsOnlyOnce("build failed");
  }

  /**
   * The launcher builds a missing jar with Maven; Maven's colour codes (printed even with -q) do not
   * reach the user. A stand-in mvn on the PATH prints them and makes the jar.
   */
  @Test
  void buildsTheJarWithoutColourCodesInItsOutput() throws IOException, InterruptedException {
    Path checkout = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(LAUNCHER, checkout.resolve("figsite"));
    Files.createDirectories(checkout.resolve("src/main"));
    Files.createDirectories(checkout.resolve("templates"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(bin.resolve("mvn"), "#!/bin/sh\n"
        + "printf '\\033[0m\\033[1mmaven says hi\\033[m\\n'\n"
        + "printf '\\033[0m' >&2\n"
        + "mkdir -p target && cp '" + JAR + "' target/figsite.jar\n");
    bin.resolve("mvn").toFile().setExecutable(true);
    ProcessBuilder pb = new ProcessBuilder("bash", checkout.resolve("figsite").toString(), "--version")
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
    pb.environment().put("FIGSITE_CDS", "0");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("figsite: building", "maven says hi").doesNotContain("\u001b");
  }
}
