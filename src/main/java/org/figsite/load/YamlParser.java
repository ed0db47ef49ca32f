package org.figsite.load;

import java.io.StringReader;
import org.figsite.diag.Problem;
import org.figsite.diag.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;

/**
 * Parses front matter into SnakeYAML nodes that keep their line marks. It only composes: no node
 * is ever constructed into a Java object by SnakeYAML, so no tag can name a class to load. Aliases,
 * nesting and size are bounded. Not thread-safe: use one per thread.
 */
public final class YamlParser {
  /** Aliases to collections allowed in one document; real records use none. */
  static final int MAX_ALIASES = 50;

  static final int MAX_DEPTH = 40;
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private final Yaml yaml;

  public YamlParser() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    this.yaml = new Yaml(options);
  }

  /** Thrown with a positioned problem when the YAML does not parse. */
  public static final class Invalid extends Exception {
    private final transient Problem problem;

    Invalid(Problem problem) {
      super(problem.headline(), null, false, false);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /** The root mapping of the front matter; an empty front matter gives an empty mapping. */
  public MappingNode parse(FrontMatter fm) throws Invalid {
    SourceText src = fm.source();
    Node root;
    try {
      root = yaml.compose(new StringReader(fm.yaml()));
    } catch (MarkedYAMLException e) {
      throw new Invalid(positioned(src, fm.yamlFirstLine(), e));
    } catch (YAMLException e) {
      throw new Invalid(Problem.error(new SourcePos(src.displayPath(), fm.yamlFirstLine(), 1),
          "invalid YAML: " + firstLine(e.getMessage())));
    } catch (StackOverflowError e) {
      throw new Invalid(Problem.error(new SourcePos(src.displayPath(), fm.yamlFirstLine(), 1),
          "YAML nested too deeply"));
    }
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

  private static Problem positioned(SourceText src, int firstLine, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourcePos pos = mark == null
        ? new SourcePos(src.displayPath(), firstLine, 1)
        : Marks.pos(src.displayPath(), firstLine, mark);
    String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
    String line = src.line(pos.line());
    String hint = hintFor(problem, e.getContext(), line, pos.col());
    return new Problem(org.figsite.diag.Severity.ERROR, pos, "invalid YAML: " + problem, line, hint);
  }

  private static String hintFor(String problem, String context, String line, int col) {
    String p = problem == null ? "" : problem;
    if (p.contains("'\\t'") || (col >= 1 && col <= line.length() && line.charAt(col - 1) == '\t')
        || line.startsWith("\t")) {
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
