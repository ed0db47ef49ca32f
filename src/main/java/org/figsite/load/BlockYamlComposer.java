package org.figsite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composes the block YAML that records are written in (PyYAML's {@code safe_dump}: block mappings
 * and sequences, plain and quoted scalars, {@code []} and {@code {}}) into the node tree SnakeYAML
 * would compose: the same kinds, tags, styles, values and start and end marks. SnakeYAML's
 * scanner, parser and composer cost several times more for the same result.
 *
 * <p>It is only a fast path: whenever the text holds anything else (comments, anchors, aliases,
 * tags, block scalars, other flow collections, complex keys, unusual indentation, characters
 * SnakeYAML treats specially, errors of any kind), {@link #compose} returns empty and SnakeYAML
 * reads the text, so every error message and limit stays SnakeYAML's. Tests compare both trees
 * over real records and generated ones.
 */
final class BlockYamlComposer {
  /** Deeper than any record; SnakeYAML enforces the real limit. */
  private static final int MAX_DEPTH = 20;
  /** SnakeYAML's simple keys end within 1024 characters of their start (counted in code points). */
  private static final int MAX_KEY_CHARS = 1000;

  private final YamlCursor c;
  private final PlainScalarScanner plain;
  private final QuotedScalarScanner quoted;
  private int depth;

  private BlockYamlComposer(YamlCursor cursor) {
    this.c = cursor;
    this.plain = new PlainScalarScanner(cursor);
    this.quoted = new QuotedScalarScanner(cursor);
  }

  /** The root mapping as SnakeYAML would compose it, or empty when the fast path does not apply. */
  static Optional<MappingNode> compose(String yaml) {
    // SnakeYAML refuses documents over its code-point limit: leave those to it too.
    if (yaml.length() > YamlParser.MAX_CODE_POINTS) return Optional.empty();
    Optional<YamlCursor> cursor = YamlCursor.over(yaml);
    if (cursor.isEmpty()) return Optional.empty();
    try {
      return Optional.of(new BlockYamlComposer(cursor.get()).document());
    } catch (NotOnFastPath e) {
      return Optional.empty();
    }
  }

  private MappingNode document() {
    skipBlankLines();
    // Empty documents and ones indented as a whole are rare: SnakeYAML takes them.
    if (c.atEnd() || c.column() != 0) throw NotOnFastPath.INSTANCE;
    MappingNode root = mapping(0, key(0));
    if (!c.atEnd()) throw NotOnFastPath.INSTANCE;
    return root;
  }

  /** A block mapping at column {@code col} whose first key has been read, up to the cursor's ':'. */
  private MappingNode mapping(int col, ScalarNode firstKey) {
    enter();
    List<NodeTuple> tuples = new ArrayList<>();
    ScalarNode key = firstKey;
    while (true) {
      tuples.add(new NodeTuple(key, value(col)));
      if (c.atEnd() || c.column() < col) break;
      if (c.column() > col) throw NotOnFastPath.INSTANCE;
      key = key(col + 1);
    }
    depth--;
    return new MappingNode(Tag.MAP, true, tuples, firstKey.getStartMark(), c.mark(), FlowStyle.BLOCK);
  }

  /** A key at the cursor and its ':', which the cursor ends after. */
  private ScalarNode key(int minColumn) {
    int from = c.pos;
    int line = c.line;
    ScalarNode key = scalar(minColumn);
    if (!endsAsKey(key, from, line)) throw NotOnFastPath.INSTANCE;
    return key;
  }

  /**
   * The value after a key of a mapping at column {@code col}: on the same line, or on the lines
   * below it (a nested mapping or sequence), or nothing.
   */
  private Node value(int col) {
    int at = c.pos;
    int atLine = c.line;
    int atLineStart = c.lineStart;
    c.skipSpaces();
    if (!c.atEnd() && c.peek() != '\n') return inlineValue(col);
    skipBlankLines();
    int k = c.atEnd() ? -1 : c.column();
    if (k == col && atBlockEntry()) return sequence(col, true);
    if (k <= col) {
      // SnakeYAML's empty value: a plain "" marked just after the ':'.
      Mark mark = c.markAt(at, atLine, atLineStart);
      return new ScalarNode(YamlParser.PLAIN, true, "", mark, mark, ScalarStyle.PLAIN);
    }
    if (atBlockEntry()) return sequence(k, false);
    return mapping(k, key(col + 1));
  }

  /** A value that starts on its key's line. */
  private Node inlineValue(int col) {
    char ch = c.peek();
    if (ch == '[' || ch == '{') return emptyFlowCollection();
    int from = c.pos;
    int line = c.line;
    ScalarNode s = scalar(col + 1);
    // "key: a: b" is an error in block YAML.
    if (endsAsKey(s, from, line)) throw NotOnFastPath.INSTANCE;
    return s;
  }

  /**
   * A block sequence whose entries' dashes are at column {@code col}; indentless when it is a
   * mapping value with its dashes at the mapping's own column, as PyYAML writes them.
   */
  private SequenceNode sequence(int col, boolean indentless) {
    enter();
    Mark start = c.mark();
    List<Node> items = new ArrayList<>();
    while (true) {
      // An empty entry, or one that starts on the next line, is left to SnakeYAML.
      if (c.peek(1) != ' ') throw NotOnFastPath.INSTANCE;
      c.pos++;
      c.skipSpaces();
      if (c.atEnd() || c.peek() == '\n') throw NotOnFastPath.INSTANCE;
      items.add(entry(col));
      if (c.atEnd()) break;
      int k = c.column();
      if (k == col && atBlockEntry()) continue;
      if (k < col || (k == col && indentless)) break;
      throw NotOnFastPath.INSTANCE;
    }
    depth--;
    return new SequenceNode(Tag.SEQ, true, items, start, c.mark(), FlowStyle.BLOCK);
  }

  /** A sequence entry after its "- ": a scalar, an empty flow collection, or a mapping. */
  private Node entry(int seqCol) {
    char ch = c.peek();
    if (ch == '[' || ch == '{') return emptyFlowCollection();
    int col = c.column();
    int from = c.pos;
    int line = c.line;
    ScalarNode s = scalar(seqCol + 1);
    return endsAsKey(s, from, line) ? mapping(col, s) : s;
  }

  /** Exactly {@code []} or {@code {}}, ending its line. */
  private Node emptyFlowCollection() {
    char open = c.peek();
    if (c.peek(1) != (open == '[' ? ']' : '}')) throw NotOnFastPath.INSTANCE;
    Mark start = c.mark();
    c.pos += 2;
    Mark end = c.mark();
    endLine();
    return open == '['
        ? new SequenceNode(Tag.SEQ, true, new ArrayList<>(), start, end, FlowStyle.FLOW)
        : new MappingNode(Tag.MAP, true, new ArrayList<>(), start, end, FlowStyle.FLOW);
  }

  /** A scalar at the cursor; a plain one goes on over lines indented at least {@code minColumn}. */
  private ScalarNode scalar(int minColumn) {
    char ch = c.peek();
    if (ch == '\'') return quoted.singleQuoted();
    if (ch == '"') return quoted.doubleQuoted();
    if (!PlainScalarScanner.startsPlain(c)) throw NotOnFastPath.INSTANCE;
    return plain.scan(minColumn);
  }

  /**
   * Whether the scalar just read, which started at {@code from} on {@code line}, is a key: followed
   * by ':' and a blank on the same line. If so the cursor moves past the ':'; if not the scalar
   * must end its line, and the cursor moves to the next token.
   */
  private boolean endsAsKey(ScalarNode s, int from, int line) {
    if (s.getScalarStyle() == ScalarStyle.PLAIN) {
      switch (plain.stop()) {
        case END:
          return false;
        case COLON:
          if (plain.crossedLine()) throw NotOnFastPath.INSTANCE;
          break;
        default:
          throw NotOnFastPath.INSTANCE;
      }
    } else {
      c.skipSpaces();
      if (c.peek() != ':') {
        endLine();
        return false;
      }
      if (!c.blankAt(1) || c.line != line) throw NotOnFastPath.INSTANCE;
    }
    if (c.pos - from > MAX_KEY_CHARS) throw NotOnFastPath.INSTANCE;
    c.pos++;
    return true;
  }

  /** Checks that nothing but spaces is left on the line, and moves to the next token. */
  private void endLine() {
    c.skipSpaces();
    if (!c.atEnd() && c.peek() != '\n') throw NotOnFastPath.INSTANCE;
    skipBlankLines();
  }

  /** Moves over spaces and blank lines to the next token; a comment there leaves the fast path. */
  private void skipBlankLines() {
    c.skipSpaces();
    while (c.peek() == '\n') {
      c.newline();
      c.skipSpaces();
    }
    if (c.peek() == '#') throw NotOnFastPath.INSTANCE;
  }

  private boolean atBlockEntry() {
    return c.peek() == '-' && c.blankAt(1);
  }

  private void enter() {
    if (++depth > MAX_DEPTH) throw NotOnFastPath.INSTANCE;
  }
}
