package org.figsite.load;

import java.io.StringReader;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.SourcePos;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses front matter into SnakeYAML nodes that keep their line marks. It only composes: no node
 * is ever constructed into a Java object by SnakeYAML, so no tag can name a class to load. Aliases,
 * nesting and size are bounded. Plain block YAML, the way records are written, is composed by
 * {@link BlockYamlComposer} into the same nodes at a fraction of the cost; SnakeYAML composes
 * everything else and reports every error. Not thread-safe: use one per thread.
 */
public final class YamlParser {
  /**
   * The tag of a plain scalar whose type is not decided yet (see {@link UntypedResolver}); the
   * model stage reads it as text or by the YAML 1.2 core schema.
   */
  public static final Tag PLAIN = new Tag("tag:figsite.org,2026:plain");

  /** Aliases to collections allowed in one document; real records use none. */
  static final int MAX_ALIASES = 50;

  static final int MAX_DEPTH = 40;
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private static final String GLOBAL_TAG = "Global tag is not allowed:";

  /**
   * {@code -Dfigsite.yamlFastPath=false} sends every front matter to SnakeYAML: the output is the
   * same (the fast path must give SnakeYAML's exact tree), so this only re-measures what the fast
   * path saves, e.g. after a dependency bump.
   */
  static final boolean FAST_PATH = !"false".equals(System.getProperty("figsite.yamlFastPath"));

  private final Yaml yaml;
  private final boolean fastPath;

  public YamlParser() {
    this(FAST_PATH);
  }

  /** A parser that tries the fast path first, or ({@code fastPath} false) always SnakeYAML. */
  YamlParser(boolean fastPath) {
    this.fastPath = fastPath;
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    DumperOptions unused = new DumperOptions();
    this.yaml = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new UntypedResolver());
  }

  /** Thrown with a positioned problem when the YAML does not parse. */
  public static final class Invalid extends ProblemException {
    private static final long serialVersionUID = 1L;

    Invalid(Problem problem) {
      super(problem);
    }
  }

  /** The root mapping of the front matter; an empty front matter gives an empty mapping. */
  public MappingNode parse(FrontMatter fm) throws Invalid {
    // Records are plain block YAML, which the fast path composes to the same tree; anything else
    // (and every error) is SnakeYAML's.
    if (fastPath) {
      java.util.Optional<MappingNode> fast = BlockYamlComposer.compose(fm.yaml());
      if (fast.isPresent()) return fast.get();
    }
    SourceText src = fm.source();
    Node root;
    try {
      root = composeWithSnakeYaml(fm.yaml());
    } catch (MarkedYAMLException e) {
      throw new Invalid(positioned(src, fm.yamlFirstLine(), e));
    } catch (ReaderException e) {
      throw new Invalid(badCharacter(src, fm, e));
    } catch (YAMLException e) {
      String msg = firstLine(e.getMessage());
      // SnakeYAML gives no position for its limits: point at the front matter's first line.
      SourcePos pos = new SourcePos(src.displayPath(), fm.yamlFirstLine(), 1);
      Problem p = Problem.error(pos, "invalid YAML: " + msg);
      if (msg.startsWith("Nesting Depth exceeded")) {
        pos = tooDeep(fm).orElse(pos);
        p = Problem.error(pos, "YAML nested more than " + MAX_DEPTH + " levels deep")
            .withHint("records are flat (lists of mappings at most): remove the deeply nested '[', '{' or indented blocks");
      } else if (msg.startsWith("Number of aliases")) {
        p = Problem.error(pos, "more than " + MAX_ALIASES + " YAML aliases to lists or mappings (an alias bomb?)")
            .withHint("write the values out instead of repeating '*name' aliases");
      }
      throw new Invalid(p.withSourceLine(src.line(pos.line())));
    } catch (StackOverflowError e) {
      throw new Invalid(Problem.error(new SourcePos(src.displayPath(), fm.yamlFirstLine(), 1),
          "YAML nested too deeply"));
    }
    if (fm.yaml().indexOf('*') >= 0) checkExpansion(fm);
    if (root == null) {
      return new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, java.util.List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
    }
    if (root.getNodeId() != NodeId.mapping) {
      SourcePos pos = Marks.pos(src.displayPath(), fm.yamlFirstLine(), root.getStartMark());
      throw new Invalid(Problem.error(pos, "front matter must be a mapping of keys to values")
          .withSourceLine(src.line(pos.line()))
          .withHint("write one 'key: value' per line"));
    }
    return (MappingNode) root;
  }

  /** Fails at the alias that makes the record expand past {@link AliasExpansion#limit}. */
  private void checkExpansion(FrontMatter fm) throws Invalid {
    long limit = AliasExpansion.limit(fm.yaml().length());
    java.util.Optional<Mark> over = AliasExpansion.firstAliasOver(yaml, fm.yaml(), limit);
    if (over.isEmpty()) return;
    SourceText src = fm.source();
    SourcePos pos = Marks.pos(src.displayPath(), fm.yamlFirstLine(), over.get());
    throw new Invalid(Problem.error(pos, String.format(java.util.Locale.ROOT,
            "YAML aliases expand this record to more than %,d characters (an alias bomb?)", limit))
        .withSourceLine(src.line(pos.line()))
        .withHint(String.format(java.util.Locale.ROOT,
            "expanded, a record may be %d times its front matter plus %,d characters: write the values out instead of"
                + " repeating '*name' aliases", AliasExpansion.FACTOR, AliasExpansion.SLACK)));
  }

  /** SnakeYAML's tree for the text, exceptions and all: the reference the fast path must match. */
  Node composeWithSnakeYaml(String text) {
    return yaml.compose(new StringReader(text));
  }

  /** Where the nesting first goes past the limit: the composer that enforces it gives no mark. */
  private java.util.Optional<SourcePos> tooDeep(FrontMatter fm) {
    int depth = 0;
    try {
      for (org.yaml.snakeyaml.events.Event e : yaml.parse(new StringReader(fm.yaml()))) {
        if (e instanceof org.yaml.snakeyaml.events.CollectionStartEvent && ++depth > MAX_DEPTH) {
          return java.util.Optional.of(Marks.pos(fm.source().displayPath(), fm.yamlFirstLine(), e.getStartMark()));
        }
        if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) depth--;
      }
    } catch (YAMLException e) {
      // fall back to the front matter's first line
    }
    return java.util.Optional.empty();
  }

  /** A character YAML does not allow (control characters other than tab and line breaks). */
  private static Problem badCharacter(SourceText src, FrontMatter fm, ReaderException e) {
    String y = fm.yaml();
    int offset = y.offsetByCodePoints(0, Math.min(Math.max(e.getPosition(), 0), y.codePointCount(0, y.length())));
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (y.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    SourcePos pos = new SourcePos(src.displayPath(), fm.yamlFirstLine() + line,
        y.codePointCount(lineStart, offset) + 1);
    return Problem.error(pos, String.format("invalid YAML: control character U+%04X is not allowed", e.getCodePoint()))
        .withSourceLine(src.line(pos.line()))
        .withHint("delete it: it would be written into the pages and downloads as it is");
  }

  private static Problem positioned(SourceText src, int firstLine, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourcePos pos = mark == null
        ? new SourcePos(src.displayPath(), firstLine, 1)
        : Marks.pos(src.displayPath(), firstLine, mark);
    String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
    String line = src.line(pos.line());
    String hint = hintFor(problem, e.getContext(), line, pos.col());
    if (!hint.contains("tab")) {
      java.util.Optional<YamlMistakes.Diagnosis> d = YamlMistakes.diagnose(src, firstLine, e, pos.line(), pos.col());
      if (d.isPresent()) {
        SourcePos at = new SourcePos(src.displayPath(), d.get().line(), d.get().col());
        return new Problem(org.figsite.diag.Severity.ERROR, at, "invalid YAML: " + d.get().message(),
            src.line(at.line()), d.get().hint());
      }
      if (hint.isEmpty()) hint = YamlMistakes.smartQuotesHint(line).orElse("");
    }
    if (problem.startsWith(GLOBAL_TAG)) {
      String tag = problem.substring(GLOBAL_TAG.length()).strip();
      if (tag.startsWith(org.yaml.snakeyaml.nodes.Tag.PREFIX)) tag = "!!" + tag.substring(org.yaml.snakeyaml.nodes.Tag.PREFIX.length());
      return new Problem(org.figsite.diag.Severity.ERROR, pos, "YAML tag '" + tag + "' is not allowed", line,
          "remove the tag: records are plain data, and a tag naming a Java class is never loaded");
    }
    if (problem.contains("'\\t(TAB)'")) {
      problem = "a tab character cannot start a value here";
    }
    return new Problem(org.figsite.diag.Severity.ERROR, pos, "invalid YAML: " + problem, line, hint);
  }

  private static String hintFor(String problem, String context, String line, int col) {
    String p = problem == null ? "" : problem;
    boolean tabHere = col >= 1 && col <= line.length() && line.charAt(col - 1) == '\t';
    if (tabHere && !line.substring(0, col - 1).isBlank()) {
      return "replace the tab with a space: YAML allows tabs only inside quoted text";
    }
    if (p.contains("'\\t") || tabHere || line.startsWith("\t")) {
      return "YAML does not allow tabs for indentation: indent with spaces";
    }
    if (context != null && (context.contains("flow sequence") || context.contains("flow mapping"))) {
      return "a '[' or '{' is not closed: close it, or quote the value";
    }
    if (p.contains("mapping values are not allowed")) {
      return "a value containing ': ' must be quoted, e.g. key: 'a: b'";
    }
    if (p.contains("exceeds the limit") || p.contains("Number of aliases")) {
      return "YAML aliases ('*name') are limited to " + MAX_ALIASES + " per record";
    }
    if (p.contains("found undefined alias")) {
      return "define the anchor ('&name') before using the alias";
    }
    return "";
  }

  private static String firstLine(String s) {
    if (s == null) return "unknown error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
