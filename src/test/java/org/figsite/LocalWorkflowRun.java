package org.figsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one job of a GitHub Actions workflow on this machine, without network, the way a hosted
 * runner would as far as figsite's Pages workflow needs: each {@code run:} step's script goes to
 * {@code bash --noprofile --norc -eo pipefail} in the workspace, with the workflow's and the
 * step's {@code env}, and what it writes to {@code GITHUB_OUTPUT}, {@code GITHUB_ENV} and
 * {@code GITHUB_PATH} reaches the later steps. The actions are stood in for: checkout clones a
 * local repository, configure-pages answers a fixed address, cache restores and (after a job that
 * succeeded) saves folders in a local store that outlives the run, upload-pages-artifact notes its
 * folder. Every run starts on a "fresh machine": empty workspace, temp folder and home.
 *
 * <p>Only the expressions the workflow uses are understood; any other fails the test, so a new
 * one in the workflow is noticed here.
 */
final class LocalWorkflowRun {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

  final Path workspace;
  final Path runnerTemp;
  final Path home;
  private final Path repository;
  private final Path cacheStore;
  private final String baseUrl;
  private final List<String> savedKeys = new ArrayList<>();
  private int runId;

  /** One step as it ran: its name, exit code and output (standard output and error). */
  record Step(String name, int exitCode, String output) {}

  /** What a run did: its steps in order, and the folder handed to upload-pages-artifact (or null). */
  record Result(List<Step> steps, Path artifact) {
    boolean succeeded() {
      return steps.stream().allMatch(s -> s.exitCode() == 0);
    }

    Step step(String name) {
      return steps.stream().filter(s -> s.name().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError("no step " + name + " ran: " + steps));
    }
  }

  /**
   * @param root where the runner's folders go; the same paths on every run, as on a hosted runner
   * @param repository the git repository checkout clones
   */
  LocalWorkflowRun(Path root, Path repository, String baseUrl) {
    this.workspace = root.resolve("work/site");
    this.runnerTemp = root.resolve("work/_temp");
    this.home = root.resolve("home");
    this.cacheStore = root.resolve("cache-store");
    this.repository = repository;
    this.baseUrl = baseUrl;
  }

  /** The keys the cache steps saved so far, oldest first. */
  List<String> savedKeys() {
    return savedKeys;
  }

  /** The folder a saved cache entry's files were stored in. */
  Path savedEntry(String key) {
    return cacheStore.resolve(Integer.toString(savedKeys.indexOf(key)));
  }

  @SuppressWarnings("unchecked")
  Result run(Map<String, Object> workflow, String job) throws IOException, InterruptedException {
    runId++;
    for (Path p : List.of(workspace, runnerTemp, home)) {
      deleteTree(p);
      Files.createDirectories(p);
    }
    Context ctx = new Context();
    Map<String, String> env = new LinkedHashMap<>();
    ((Map<String, Object>) workflow.getOrDefault("env", Map.of()))
        .forEach((k, v) -> env.put(k, ctx.substitute(String.valueOf(v))));
    ctx.env = env;
    List<Map<String, Object>> steps =
        (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get(job)).get("steps");
    List<Step> done = new ArrayList<>();
    List<String[]> saves = new ArrayList<>(); // key, paths
    List<String> extraPath = new ArrayList<>();
    Path artifact = null;
    for (Map<String, Object> step : steps) {
      String name = String.valueOf(step.getOrDefault("name", step.get("uses")));
      if (step.containsKey("if") && !ctx.condition(String.valueOf(step.get("if")))) continue;
      Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
      String id = (String) step.get("id");
      if (step.containsKey("run")) {
        Step s = runScript(name, ctx.substitute(String.valueOf(step.get("run"))), ctx, env,
            (Map<String, Object>) step.getOrDefault("env", Map.of()), extraPath, id);
        done.add(s);
        if (s.exitCode() != 0) return new Result(done, null);
        continue;
      }
      String uses = String.valueOf(step.get("uses"));
      String action = uses.substring(0, uses.indexOf('@'));
      switch (action) {
        case "actions/checkout" -> git(workspace.getParent(), "clone", "-q", repository.toString(), workspace.toString());
        case "actions/setup-java" -> assertThat(with).containsEntry("distribution", "temurin").containsEntry("java-version", "17");
        case "actions/configure-pages" -> ctx.outputs.put(id + ".base_url", baseUrl);
        case "actions/cache" -> {
          String key = ctx.substitute(String.valueOf(with.get("key")));
          String paths = ctx.substitute(String.valueOf(with.get("path")));
          String restoreKeys = with.containsKey("restore-keys") ? ctx.substitute(String.valueOf(with.get("restore-keys"))) : "";
          boolean exact = restore(key, restoreKeys, paths);
          if (!exact) saves.add(new String[] {key, paths});
        }
        case "actions/upload-pages-artifact" -> {
          artifact = workspace.resolve(String.valueOf(with.get("path")));
          assertThat(artifact).isDirectory();
        }
        default -> throw new AssertionError("no local stand-in for " + uses);
      }
      done.add(new Step(name, 0, ""));
    }
    for (String[] save : saves) save(save[0], save[1]);
    return new Result(done, artifact);
  }

  private Step runScript(String name, String script, Context ctx, Map<String, String> jobEnv,
      Map<String, Object> stepEnv, List<String> extraPath, String id) throws IOException, InterruptedException {
    Path file = runnerTemp.resolve("step.sh");
    Files.writeString(file, script);
    Path output = Files.writeString(runnerTemp.resolve("github_output"), "");
    Path envFile = Files.writeString(runnerTemp.resolve("github_env"), "");
    Path pathFile = Files.writeString(runnerTemp.resolve("github_path"), "");
    ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
        .directory(workspace.toFile()).redirectErrorStream(true);
    Map<String, String> e = pb.environment();
    e.keySet().removeIf(k -> k.startsWith("FIGSITE_") || k.startsWith("GITHUB_"));
    e.put("HOME", home.toString());
    e.put("CI", "true");
    e.put("RUNNER_TEMP", runnerTemp.toString());
    e.put("GITHUB_WORKSPACE", workspace.toString());
    e.put("GITHUB_OUTPUT", output.toString());
    e.put("GITHUB_ENV", envFile.toString());
    e.put("GITHUB_PATH", pathFile.toString());
    List<String> path = new ArrayList<>(extraPath);
    path.add(System.getenv("PATH"));
    e.put("PATH", String.join(":", path));
    e.putAll(jobEnv);
    stepEnv.forEach((k, v) -> e.put(k, ctx.substitute(String.valueOf(v))));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(name).isTrue();
    for (String line : Files.readAllLines(output)) {
      int eq = line.indexOf('=');
      if (eq > 0) ctx.outputs.put(id + "." + line.substring(0, eq), line.substring(eq + 1));
    }
    for (String line : Files.readAllLines(envFile)) {
      int eq = line.indexOf('=');
      if (eq > 0) jobEnv.put(line.substring(0, eq), line.substring(eq + 1));
    }
    for (String line : Files.readAllLines(pathFile)) if (!line.isBlank()) extraPath.add(0, line.strip());
    return new Step(name, p.exitValue(), out);
  }

  /** Restores the entry saved under key, else the newest whose key starts with a restore key. */
  private boolean restore(String key, String restoreKeys, String paths) throws IOException {
    int hit = savedKeys.indexOf(key);
    boolean exact = hit >= 0;
    for (String prefix : restoreKeys.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
      for (int i = savedKeys.size() - 1; hit < 0 && i >= 0; i--) if (savedKeys.get(i).startsWith(prefix)) hit = i;
    }
    if (hit < 0) return false;
    List<String> list = pathList(paths);
    for (int i = 0; i < list.size(); i++) {
      Path stored = cacheStore.resolve(hit + "/" + i);
      if (Files.isDirectory(stored)) copyWithDates(stored, parentOf(list.get(i)));
    }
    return exact;
  }

  private void save(String key, String paths) throws IOException {
    if (savedKeys.contains(key)) return;
    Path entry = cacheStore.resolve(Integer.toString(savedKeys.size()));
    List<String> list = pathList(paths);
    for (int i = 0; i < list.size(); i++) {
      Path parent = parentOf(list.get(i));
      String glob = Path.of(list.get(i)).getFileName().toString();
      if (!Files.isDirectory(parent)) continue;
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, glob)) {
        for (Path match : ds) copyWithDates(match, entry.resolve(i + "/" + match.getFileName()));
      }
    }
    savedKeys.add(key);
  }

  private static List<String> pathList(String paths) {
    return paths.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private Path parentOf(String pattern) {
    String p = pattern.startsWith("~/") ? home + pattern.substring(1) : pattern;
    Path path = workspace.resolve(p);
    return path.getParent();
  }

  /** The expressions the workflow uses, and what they stand for on this runner. */
  private final class Context {
    final Map<String, String> outputs = new LinkedHashMap<>();
    Map<String, String> env = Map.of();

    String substitute(String text) {
      Matcher m = EXPRESSION.matcher(text);
      StringBuilder sb = new StringBuilder();
      while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1))));
      m.appendTail(sb);
      return sb.toString();
    }

    boolean condition(String expr) {
      Matcher m = Pattern.compile("env\\.(\\w+) != ''").matcher(expr.strip());
      if (!m.matches()) throw new AssertionError("the local runner does not understand the condition " + expr);
      return !env.getOrDefault(m.group(1), "").isEmpty();
    }

    String value(String expr) {
      for (String alternative : expr.split("\\|\\|")) {
        String v = operand(alternative.strip());
        if (!v.isEmpty()) return v;
      }
      return "";
    }

    private String operand(String e) {
      if (e.startsWith("'") && e.endsWith("'")) return e.substring(1, e.length() - 1).replace("''", "'");
      if (e.startsWith("vars.")) return ""; // no repository variables are set
      if (e.startsWith("env.")) return env.getOrDefault(e.substring(4), "");
      if (e.equals("runner.temp")) return runnerTemp.toString();
      if (e.equals("github.run_id")) return Integer.toString(runId);
      Matcher step = Pattern.compile("steps\\.(\\w+)\\.outputs\\.(\\w+)").matcher(e);
      if (step.matches()) return outputs.getOrDefault(step.group(1) + "." + step.group(2), "");
      Matcher hash = Pattern.compile("hashFiles\\((.*)\\)").matcher(e);
      if (hash.matches()) return hashFiles(hash.group(1));
      throw new AssertionError("the local runner does not understand the expression " + e);
    }

    private String hashFiles(String args) {
      try {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String arg : args.split(",")) {
          String pattern = arg.strip().replaceAll("^'|'$", "");
          List<Path> files;
          if (pattern.endsWith("/**")) {
            Path dir = workspace.resolve(pattern.substring(0, pattern.length() - 3));
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
              files = s.filter(Files::isRegularFile).sorted().toList();
            }
          } else if (!pattern.contains("*")) {
            files = Files.isRegularFile(workspace.resolve(pattern)) ? List.of(workspace.resolve(pattern)) : List.of();
          } else {
            throw new AssertionError("the local runner does not understand the hashFiles pattern " + pattern);
          }
          for (Path f : files) md.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(md.digest());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
        "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git " + String.join(" ", args) + ":\n" + out).isZero();
  }

  /**
   * Copies a file or tree keeping dates as tar does when actions/cache saves and restores, to the
   * whole second only (what the oldest tar formats keep), into new files.
   */
  static void copyWithDates(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
          Files.setLastModifiedTime(target,
              FileTime.from(Files.getLastModifiedTime(p).to(TimeUnit.SECONDS), TimeUnit.SECONDS));
          if (Files.isExecutable(p)) target.toFile().setExecutable(true);
        }
      }
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(q);
    }
  }
}
