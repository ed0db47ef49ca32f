package org.figsite.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.SourcePos;
import org.figsite.load.FrontMatter;
import org.figsite.load.Marks;
import org.figsite.load.SourceDecoder;
import org.figsite.load.SourceText;
import org.figsite.load.YamlParser;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code figsite.yml} into a {@link SiteConfig}; every problem is positioned. */
public final class ConfigReader {
  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
  private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

  private ConfigReader() {}

  /** Reads the file; a missing file is an error unless {@code optional}. */
  public static Optional<SiteConfig> read(Path file, String displayPath, Problems problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.add(Problem.error(SourcePos.ofFile(displayPath), "configuration file not found")
          .withHint("create " + SiteConfig.DEFAULT_FILE + " with at least 'title:' and 'url:', or pass --config"));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Problem.error(SourcePos.ofFile(displayPath), "cannot read configuration: " + e.getMessage()));
      return Optional.empty();
    }
    SourceText src;
    try {
      src = SourceDecoder.decode(displayPath, bytes);
    } catch (SourceDecoder.InvalidEncoding e) {
      problems.add(e.problem());
      return Optional.empty();
    }
    MappingNode root;
    FrontMatter whole = new FrontMatter(src, src.text(), 1, "");
    try {
      root = new YamlParser().parse(whole);
    } catch (YamlParser.Invalid e) {
      problems.add(e.problem());
      return Optional.empty();
    }
    return fromNodes(src, root, problems);
  }

  private static Optional<SiteConfig> fromNodes(SourceText src, MappingNode root, Problems problems) {
    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    Map<ConfigKey, Node> nodes = new EnumMap<>(ConfigKey.class);
    int before = problems.errorCount();
    for (NodeTuple t : root.getValue()) {
      Node k = t.getKeyNode();
      String keyText = k instanceof ScalarNode s ? s.getValue() : "";
      Optional<ConfigKey> found = ConfigKey.find(keyText);
      if (found.isEmpty()) {
        problems.add(problem(src, k, "unknown configuration key '" + keyText + "'",
            "known keys: " + String.join(", ", java.util.Arrays.stream(ConfigKey.values()).map(ConfigKey::key).toList())));
        continue;
      }
      ConfigKey key = found.get();
      if (nodes.containsKey(key)) {
        problems.add(problem(src, k, "duplicate key '" + keyText + "'", "keep only one"));
        continue;
      }
      Node v = t.getValueNode();
      if (!(v instanceof ScalarNode sv)) {
        problems.add(problem(src, v, keyText + " must be a single value", ""));
        continue;
      }
      nodes.put(key, v);
      values.put(key, sv.getValue());
    }
    String url = trimSlash(values.getOrDefault(ConfigKey.URL, ""));
    if (url.isEmpty()) {
      problems.add(Problem.error(new SourcePos(src.displayPath(), 1, 1), "missing 'url'")
          .withHint("add 'url: https://example.org' (sitemaps and canonical links need the site's address), or pass --base-url"));
    } else if (!ORIGIN.matcher(url).matches()) {
      problems.add(problem(src, nodes.get(ConfigKey.URL), "url must be an origin like https://example.org",
          "put any path in 'baseurl'"));
    }
    String baseurl = normalizeBase(values.getOrDefault(ConfigKey.BASEURL, ""));
    if (!BASE_PATH.matcher(baseurl).matches()) {
      problems.add(problem(src, nodes.get(ConfigKey.BASEURL), "baseurl must be a path like /pfocr", ""));
    }
    int perPage = number(src, nodes.get(ConfigKey.FIGURES_PER_PAGE), 100, 1, problems);
    int perGenePage = number(src, nodes.get(ConfigKey.FIGURES_PER_GENE_PAGE), 100, 0, problems);
    boolean downloads = flag(src, nodes.get(ConfigKey.FIGURE_DOWNLOADS), true, problems);
    SiteConfig.JsonLdMode jsonLd = jsonLdMode(src, nodes.get(ConfigKey.JSONLD), problems);
    int maxRecord = number(src, nodes.get(ConfigKey.MAX_RECORD_BYTES), SiteConfig.DEFAULT_MAX_RECORD_BYTES, 1024, problems);
    boolean thumbnails = flag(src, nodes.get(ConfigKey.THUMBNAILS), true, problems);
    if (problems.errorCount() > before) return Optional.empty();
    return Optional.of(new SiteConfig(
        values.getOrDefault(ConfigKey.TITLE, "figsite"),
        values.getOrDefault(ConfigKey.DESCRIPTION, ""),
        url,
        baseurl,
        values.getOrDefault(ConfigKey.LANGUAGE, "en"),
        values.getOrDefault(ConfigKey.LICENSE, ""),
        values.getOrDefault(ConfigKey.CREATOR, ""),
        perPage,
        perGenePage,
        downloads,
        jsonLd,
        maxRecord,
        thumbnails));
  }

  /**
   * The configuration of a site without a configuration file, built with {@code --base-url}:
   * every key at its default, and the site's address still to be set with {@link
   * SiteConfig#withBaseUrl}.
   */
  public static SiteConfig defaults() {
    return new SiteConfig("figsite", "", "", "", "en", "", "", 100, 100, true, SiteConfig.JsonLdMode.MENDED,
        SiteConfig.DEFAULT_MAX_RECORD_BYTES, true);
  }

  /**
   * The {@code --base-url} option as origin and base path; empty, with a problem reported, when it
   * is not an absolute http(s) URL. Shared by the commands that take it.
   */
  public static Optional<String[]> parseBaseUrlOption(String arg, Problems problems) {
    Optional<String[]> split = splitBaseUrl(arg);
    if (split.isEmpty()) {
      problems.add(Problem.error(SourcePos.ofFile("--base-url"), "not an absolute http(s) URL: " + arg)
          .withHint("e.g. --base-url https://example.org/pfocr"));
    }
    return split;
  }

  /** Splits an absolute URL such as https://example.org/pfocr into origin and base path. */
  public static Optional<String[]> splitBaseUrl(String absolute) {
    String s = trimSlash(absolute.trim());
    java.util.regex.Matcher m = Pattern.compile("(https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?)(/.*)?").matcher(s);
    if (!m.matches()) return Optional.empty();
    String path = m.group(2) == null ? "" : m.group(2);
    if (!BASE_PATH.matcher(path).matches()) return Optional.empty();
    return Optional.of(new String[] {m.group(1), path});
  }

  private static int number(SourceText src, Node n, int dflt, int min, Problems problems) {
    if (n == null) return dflt;
    String v = ((ScalarNode) n).getValue();
    try {
      int i = Integer.parseInt(v);
      if (i >= min) return i;
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(problem(src, n, "expected a whole number of at least " + min + ", got '" + v + "'", ""));
    return dflt;
  }

  /** YAML 1.2's true and false; YAML 1.1's yes/no/on/off are refused rather than guessed at. */
  private static boolean flag(SourceText src, Node n, boolean dflt, Problems problems) {
    if (n == null) return dflt;
    String v = ((ScalarNode) n).getValue();
    switch (v) {
      case "true", "True", "TRUE":
        return true;
      case "false", "False", "FALSE":
        return false;
      default:
        problems.add(problem(src, n, "expected true or false, got '" + v + "'", ""));
        return dflt;
    }
  }

  private static SiteConfig.JsonLdMode jsonLdMode(SourceText src, Node n, Problems problems) {
    if (n == null) return SiteConfig.JsonLdMode.MENDED;
    String v = ((ScalarNode) n).getValue();
    switch (v) {
      case "mended":
        return SiteConfig.JsonLdMode.MENDED;
      case "record":
        return SiteConfig.JsonLdMode.RECORD;
      default:
        problems.add(problem(src, n, "jsonld must be 'mended' or 'record', got '" + v + "'",
            "mended (the default) fixes each record's schema-jsonld; record copies it unchanged"));
        return SiteConfig.JsonLdMode.MENDED;
    }
  }

  private static String normalizeBase(String b) {
    String s = trimSlash(b.trim());
    if (!s.isEmpty() && !s.startsWith("/")) s = "/" + s;
    return s;
  }

  private static String trimSlash(String s) {
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }

  private static Problem problem(SourceText src, Node n, String message, String hint) {
    SourcePos pos = Marks.pos(src.displayPath(), 1, n.getStartMark());
    return Problem.error(pos, message).withSourceLine(src.line(pos.line())).withHint(hint);
  }
}
