package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The install story and the publishing workflow, end to end with the distribution archive that
 * {@code mvn package} made: the archive installs with its install.sh, every "Next:" line that
 * {@code figsite init} prints works exactly as printed, and the workflow init writes runs step by
 * step on this machine ({@link LocalWorkflowRun}) against a local "release" of that archive: it
 * downloads and checks the pinned release, builds, checks, uploads, and a push that changes one
 * record rebuilds incrementally from the restored caches.
 */
class DeployWorkflowIT {
  static final Path JAR = Path.of("target/figsite.jar").toAbsolutePath();
  static final String SEED = "content/figures/PMC8023395__nihms-1688996-f0002.md";
  static String version;
  static Path archive;

  @TempDir Path tmp;

  @BeforeAll
  static void findTheArchive() throws IOException {
    assertThat(JAR).as("made by mvn package, before the integration tests").isRegularFile();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
    }
    archive = JAR.resolveSibling("figsite-" + version + ".tar.gz");
    assertThat(archive).as("made by mvn package, before the integration tests").isRegularFile();
  }

  record Shell(int exitCode, String out) {}

  private Shell bash(Path cwd, String path, String script) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("FIGSITE_"));
    pb.environment().put("PATH", path);
    pb.environment().put("HOME", tmp.resolve("home").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Shell(p.exitValue(), out);
  }

  /** Unpacks the archive and runs its install.sh into PREFIX; returns PREFIX/bin. */
  private Path install() throws IOException, InterruptedException {
    Path unpacked = tmp.resolve("download");
    Files.createDirectories(unpacked);
    Files.createDirectories(tmp.resolve("home"));
    Shell tar = bash(unpacked, System.getenv("PATH"), "tar -xzf '" + archive + "'");
    assertThat(tar.exitCode()).as(tar.out()).isZero();
    Path dist = unpacked.resolve("figsite-" + version);
    assertThat(dist.resolve("bin/figsite")).isExecutable();
    assertThat(dist.resolve("lib/figsite.jar")).hasSameBinaryContentAs(JAR);
    assertThat(dist.resolve("bin/figsite")).hasSameBinaryContentAs(Path.of("figsite"));
    Path prefix = tmp.resolve("prefix");
    Shell install = bash(unpacked, System.getenv("PATH"), "figsite-" + version + "/install.sh '" + prefix + "'");
    assertThat(install.exitCode()).as(install.out()).isZero();
    assertThat(install.out()).contains("is not on your PATH");
    assertThat(prefix.resolve("bin/figsite")).isSymbolicLink();
    return prefix.resolve("bin");
  }

  @Test
  void theArchiveInstallsAndEveryNextLineOfInitWorksAsPrinted() throws Exception {
    Path bin = install();
    Path work = Files.createDirectories(tmp.resolve("work"));
    String path = bin + ":" + System.getenv("PATH");

    Shell init = bash(work, path, "figsite init 'my site'");
    assertThat(init.exitCode()).as(init.out()).isZero();
    List<String> next = nextLines(init.out());
    assertThat(next).containsExactly("cd 'my site' && figsite build && figsite serve",
        "to publish on GitHub Pages, see my site/README.md",
        "(this figsite, " + version + ", is not a release: before publishing, set the workflow's figsite, see my site/README.md)");
    servesWhenRunAsPrinted(work, path, next.get(0));
    assertThat(work.resolve("my site/README.md")).content().contains("## Publish on GitHub Pages");

    // Without figsite on the PATH, the lines name the launcher that ran.
    Path dist = tmp.resolve("download/figsite-" + version);
    Shell direct = bash(work, System.getenv("PATH"), "'" + dist.resolve("bin/figsite") + "' init other");
    assertThat(direct.exitCode()).as(direct.out()).isZero();
    List<String> direct0 = nextLines(direct.out());
    assertThat(direct0.get(0)).isEqualTo("cd other && " + dist.resolve("bin/figsite") + " build && "
        + dist.resolve("bin/figsite") + " serve");
    assertThat(direct0).contains("(figsite is not on your PATH; to type just `figsite`, see \"Install\" in figsite's README)");
    servesWhenRunAsPrinted(work, System.getenv("PATH"), direct0.get(0));
  }

  private static List<String> nextLines(String out) {
    String after = out.substring(out.indexOf(". Next:\n") + ". Next:\n".length());
    return after.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Runs the line with bash; it must build, then serve the new site on port 4000 (serve's default). */
  private void servesWhenRunAsPrinted(Path cwd, String path, String line) throws Exception {
    try (ServerSocket probe = new ServerSocket(4000)) {
      probe.setReuseAddress(true); // free: the line's `figsite serve` can have it
    } catch (IOException e) {
      throw new AssertionError("port 4000, which `figsite serve` uses by default, is taken by another program", e);
    }
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("FIGSITE_"));
    pb.environment().put("PATH", path);
    pb.environment().put("HOME", tmp.resolve("home").toString());
    Process p = pb.start();
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      String l;
      while ((l = r.readLine()) != null && !l.startsWith("figsite: serving ")) seen.append(l).append('\n');
      assertThat(l).as("the line stopped before serving:\n" + seen).isNotNull();
      HttpResponse<String> home = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:4000/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("Pathway figures");
    } finally {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      for (ProcessHandle h : p.descendants().toList()) h.onExit().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theWorkflowPublishesThePinnedReleaseAndRebuildsAOneRecordPushIncrementally() throws Exception {
    Path bin = install();
    Path releases = tmp.resolve("releases");
    Files.createDirectories(releases.resolve("v" + version));
    Files.copy(archive, releases.resolve("v" + version + "/figsite-" + version + ".tar.gz"));
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    String path = bin + ":" + System.getenv("PATH");
    Shell init = bash(tmp, path, "figsite init repo --figsite-releases 'file://" + releases + "'");
    assertThat(init.exitCode()).as(init.out()).isZero();
    assertThat(init.out()).doesNotContain("is not a release");
    String text = Files.readString(repo.resolve(".github/workflows/pages.yml"));
    Map<String, Object> workflow = new Yaml().load(text);

    // The pin is the release's own files: what sha256sum says of them, unpacked.
    Shell sums = bash(tmp.resolve("download/figsite-" + version), System.getenv("PATH"),
        "sha256sum bin/figsite lib/figsite.jar");
    Map<String, Object> env = (Map<String, Object>) workflow.get("env");
    assertThat(env).containsEntry("FIGSITE_VERSION", version).containsEntry("FIGSITE_SHA256", sums.out())
        .containsEntry("FIGSITE_RELEASES", "file://" + releases);
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    assertThat(((List<Map<String, Object>>) ((Map<String, Object>) jobs.get("deploy")).get("steps")).get(0))
        .containsEntry("uses", "actions/deploy-pages@v5");
    assertThat((Map<String, Object>) workflow.get("permissions"))
        .containsEntry("contents", "read").containsEntry("pages", "write").containsEntry("id-token", "write");

    LocalWorkflowRun.git(repo, "init", "-q");
    LocalWorkflowRun.git(repo, "add", "-A");
    LocalWorkflowRun.git(repo, "commit", "-q", "-m", "new site");
    LocalWorkflowRun runner = new LocalWorkflowRun(tmp.resolve("runner"), repo, "https://someone.github.io/pathways");

    // First run: downloads the release, checks it, builds everything, checks the site, uploads it.
    LocalWorkflowRun.Result first = runner.run(workflow, "build");
    assertThat(first.succeeded()).as(first.steps().toString()).isTrue();
    assertThat(first.steps()).extracting(LocalWorkflowRun.Step::name).containsSubsequence("Choose figsite",
        "Cache figsite", "Get figsite", "Configure Pages", "Date records by their content", "Restore the last build",
        "Build the site", "Check the site", "Upload the site").doesNotContain("Cache Maven's downloads");
    assertThat(first.step("Build the site").output()).contains("1 figure page").doesNotContain("incremental");
    assertThat(first.step("Check the site").output()).contains("0 error(s)");
    assertThat(first.artifact().resolve("index.html")).content().contains("https://someone.github.io/pathways/");
    assertThat(runner.savedKeys()).hasSize(2).first().isEqualTo("figsite-v" + version);

    // A push that changes one record, built on a fresh machine with no release to download: the
    // caches bring back figsite and the last build, and only that record is rebuilt.
    Files.delete(releases.resolve("v" + version + "/figsite-" + version + ".tar.gz"));
    Path seed = repo.resolve(SEED);
    Files.writeString(seed, Files.readString(seed).replace("caption: One of the foremost", "caption: Pushed. One of the foremost"));
    LocalWorkflowRun.git(repo, "commit", "-q", "-am", "one caption");
    LocalWorkflowRun.Result second = runner.run(workflow, "build");
    assertThat(second.succeeded()).as(second.steps().toString()).isTrue();
    assertThat(second.step("Build the site").output()).contains("1 changed", "(incremental;");
    assertThat(second.artifact().resolve("figures/PMC8023395__nihms-1688996-f0002.html")).content().contains("Pushed.");

    // A cached figsite whose jar is not the pinned one is refused before anything is built.
    Path cachedJar = runner.savedEntry("figsite-v" + version).resolve("0/figsite/lib/figsite.jar");
    assertThat(cachedJar).isRegularFile();
    Files.write(cachedJar, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
    LocalWorkflowRun.Result tampered = runner.run(workflow, "build");
    assertThat(tampered.succeeded()).isFalse();
    assertThat(tampered.steps().get(tampered.steps().size() - 1).name()).isEqualTo("Get figsite");
    assertThat(tampered.step("Get figsite").output()).contains("does not match FIGSITE_SHA256");
  }

  @Test
  void errorsFoundByCheckFailTheJobBeforeTheUpload() throws Exception {
    Path bin = install();
    Path repo = tmp.resolve("repo");
    Shell init = bash(tmp, bin + ":" + System.getenv("PATH"), "figsite init repo --figsite-releases 'file://"
        + tmp.resolve("releases") + "'");
    assertThat(init.exitCode()).as(init.out()).isZero();
    Files.createDirectories(tmp.resolve("releases/v" + version));
    Files.copy(archive, tmp.resolve("releases/v" + version + "/figsite-" + version + ".tar.gz"));
    Path index = repo.resolve("content/pages/index.md");
    Files.writeString(index, Files.readString(index) + "\nSee [the missing page](/nowhere.html).\n");
    LocalWorkflowRun.git(repo, "init", "-q");
    LocalWorkflowRun.git(repo, "add", "-A");
    LocalWorkflowRun.git(repo, "commit", "-q", "-m", "a broken link");
    Map<String, Object> workflow = new Yaml().load(Files.readString(repo.resolve(".github/workflows/pages.yml")));
    LocalWorkflowRun runner = new LocalWorkflowRun(tmp.resolve("runner"), repo, "https://someone.github.io/pathways");
    LocalWorkflowRun.Result run = runner.run(workflow, "build");
    assertThat(run.succeeded()).isFalse();
    List<String> names = new ArrayList<>(run.steps().stream().map(LocalWorkflowRun.Step::name).toList());
    assertThat(names).endsWith("Build the site", "Check the site").doesNotContain("Upload the site");
    assertThat(run.step("Check the site").output()).contains("nowhere.html");
    assertThat(run.artifact()).isNull();
  }
}
