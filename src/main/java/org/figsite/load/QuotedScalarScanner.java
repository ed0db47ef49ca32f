package org.figsite.load;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Scans single- and double-quoted scalars exactly as SnakeYAML's {@code scanFlowScalar} does: a
 * line break inside becomes a space (a line feed for each blank line) with the spaces around it
 * dropped, whatever the indentation; {@code ''} is a quote in single quotes; double quotes take
 * SnakeYAML 2.5's escapes. Anything else (an unknown escape, no closing quote) is thrown as
 * {@link NotOnFastPath}.
 */
final class QuotedScalarScanner {
  private final YamlCursor c;
  private final char[] t;
  private final ScalarText built;

  QuotedScalarScanner(YamlCursor cursor) {
    this.c = cursor;
    this.t = cursor.chars;
    this.built = new ScalarText(cursor.chars);
  }

  /** A single-quoted scalar starting at the cursor; the cursor ends after the closing quote. */
  ScalarNode singleQuoted() {
    return scan('\'', ScalarStyle.SINGLE_QUOTED);
  }

  /** A double-quoted scalar starting at the cursor; the cursor ends after the closing quote. */
  ScalarNode doubleQuoted() {
    return scan('"', ScalarStyle.DOUBLE_QUOTED);
  }

  private ScalarNode scan(char quote, ScalarStyle style) {
    Mark start = c.mark();
    c.pos++;
    boolean isBuilt = false;
    int runStart = c.pos;
    int n = c.end;
    while (true) {
      // The common case: ordinary characters, scanned without a call per character.
      int p = c.pos;
      while (p < n) {
        char ch = t[p];
        if (ch == quote || ch == ' ' || ch == '\n' || ch == '\\') break;
        p++;
      }
      c.pos = p;
      char ch = c.peek();
      if (ch == quote) {
        if (quote == '"' || c.peek(1) != '\'') break;
        if (!isBuilt) built.clear();
        isBuilt = true;
        built.append(runStart, c.pos);
        built.append('\'');
        c.pos += 2;
        runStart = c.pos;
      } else if (c.atEnd()) {
        throw NotOnFastPath.INSTANCE;
      } else if (ch == ' ' || ch == '\n') {
        int spaces = c.pos;
        c.skipSpaces();
        if (c.peek() == '\n') {
          if (!isBuilt) built.clear();
          isBuilt = true;
          built.append(runStart, spaces);
          built.fold(c.skipBreaks());
          runStart = c.pos;
        }
      } else if (quote == '"') {
        if (!isBuilt) built.clear();
        isBuilt = true;
        built.append(runStart, c.pos);
        escape();
        runStart = c.pos;
      } else {
        c.pos++;
      }
    }
    String value;
    if (isBuilt) {
      built.append(runStart, c.pos);
      value = built.toString();
    } else {
      value = new String(t, runStart, c.pos - runStart);
    }
    c.pos++;
    return new ScalarNode(Tag.STR, true, value, start, c.mark(), style);
  }

  /**
   * Appends the escape at the cursor (a backslash) and moves past it. The escapes are SnakeYAML
   * 2.5's: it has no {@code \/} and no backslash-tab, which are errors there, so they leave the
   * fast path like any other unknown escape.
   */
  private void escape() {
    char e = c.peek(1);
    int simple = simpleEscape(e);
    if (simple >= 0) {
      built.append((char) simple);
      c.pos += 2;
      return;
    }
    int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits > 0) {
      long cp = 0;
      for (int i = 0; i < digits; i++) cp = cp * 16 + hexDigit(c.peek(2 + i));
      // Beyond Unicode is an error there; a lone surrogate would make text that is not UTF-8.
      if (cp > Character.MAX_CODE_POINT || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
        throw NotOnFastPath.INSTANCE;
      }
      built.appendCodePoint((int) cp);
      c.pos += 2 + digits;
      return;
    }
    if (e == '\n') {
      // An escaped line break joins the lines: no space, but blank lines after it still count.
      c.pos++;
      int blank = c.skipBreaks();
      for (int i = 0; i < blank; i++) built.append('\n');
      return;
    }
    throw NotOnFastPath.INSTANCE;
  }

  private static int hexDigit(char h) {
    if (h >= '0' && h <= '9') return h - '0';
    if (h >= 'a' && h <= 'f') return h - 'a' + 10;
    if (h >= 'A' && h <= 'F') return h - 'A' + 10;
    throw NotOnFastPath.INSTANCE;
  }

  /** The character a one-letter escape stands for, or -1. */
  private static int simpleEscape(char e) {
    switch (e) {
      case '0': return 0;
      case 'a': return 0x07;
      case 'b': return '\b';
      case 't': return '\t';
      case 'n': return '\n';
      case 'v': return 0x0b;
      case 'f': return '\f';
      case 'r': return '\r';
      case 'e': return 0x1b;
      case ' ': return ' ';
      case '"': return '"';
      case '\\': return '\\';
      case 'N': return 0x85;
      case '_': return 0xa0;
      case 'L': return 0x2028;
      case 'P': return 0x2029;
      default: return -1;
    }
  }
}
