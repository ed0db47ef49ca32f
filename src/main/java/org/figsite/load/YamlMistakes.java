package org.figsite.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The mistakes people make writing front matter by hand, recognised from SnakeYAML's error and the
 * lines around it. SnakeYAML reports where the parser gave up, which is often a line or more after
 * the mistake (an unindented continuation line is reported at the next key); this finds the line
 * where the mistake is and a hint that names the fix:
 *
 * <ul>
 *   <li>a line of a value's text that is not indented under its key;
 *   <li>a key or list item indented unlike its siblings;
 *   <li>no space after a key's {@code :} or a list item's {@code -};
 *   <li>an unquoted {@code ": "} inside a value;
 *   <li>a quote inside a quoted value that is not doubled or escaped;
 *   <li>typographic (smart) quotes where YAML quotes were meant.
 * </ul>
 *
 * Tabs, bad characters and limits are diagnosed in {@link YamlParser}.
 */
final class YamlMistakes {
  private YamlMistakes() {}

  /**
   * A diagnosis: the 1-based file line and column where the mistake is, the message (without the
   * {@code invalid YAML: } prefix) and a hint.
   */
  record Diagnosis(int line, int col, String message, String hint) {}

  /**
   * A key at the start of a line, after its indentation and any list dashes: group 1 the
   * indentation, group 2 the dashes with their spaces, group 3 the key.
   */
  private static final Pattern KEY_LINE =
      Pattern.compile("^( *)((?:-[ ]+)*)('[^']*'|\"[^\"]*\"|[^\\s'\"#:\\-][^:]*?)[ ]*:(?: |$)");

  /** A key and its ':' followed by something other than a space: "figtitle:no space". */
  private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("^( *)((?:-[ ]+)*)([A-Za-z0-9_@.\\-]+):([^\\s:/].*)$");

  /** Values longer than this are not repeated in a hint. */
  private static final int MAX_SHOWN = 120;

  private static final String SMART_QUOTES = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f";

  /**
   * @param firstLine the file line on which the front matter's text starts
   * @param line the file line SnakeYAML reported
   * @param col the column SnakeYAML reported
   */
  static Optional<Diagnosis> diagnose(SourceText src, int firstLine, MarkedYAMLException e, int line, int col) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.contains("could not find expected ':'") && context.contains("simple key") && e.getContextMark() != null) {
      Mark m = e.getContextMark();
      return Optional.of(notAKey(src, firstLine, firstLine + m.getLine()));
    }
    String text = src.line(line);
    if (problem.contains("mapping values are not allowed")) {
      Optional<Diagnosis> indent = keyIndentedUnlikeSiblings(src, firstLine, line);
      if (indent.isPresent()) return indent;
      return Optional.of(new Diagnosis(line, col, problem, colonInValueHint(text)));
    }
    if (problem.startsWith("expected <block end>")) {
      if (problem.contains("<block sequence start>") || problem.contains("<block mapping start>")) {
        Optional<Diagnosis> indent = text.stripLeading().startsWith("-")
            ? itemIndentedUnlikeSiblings(src, firstLine, line)
            : keyIndentedUnlikeSiblings(src, firstLine, line);
        if (indent.isPresent()) return indent;
      }
      if (problem.contains("<scalar>")) {
        Optional<String> hint = quoteInsideQuotesHint(text);
        if (hint.isPresent()) return Optional.of(new Diagnosis(line, col, problem, hint.get()));
      }
    }
    return Optional.empty();
  }

  /** A hint for any error on a line with typographic quotes, which YAML reads as plain text. */
  static Optional<String> smartQuotesHint(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (SMART_QUOTES.indexOf(text.charAt(i)) >= 0) {
        Matcher k = KEY_LINE.matcher(text);
        String example = k.find() ? " e.g. " + k.group(3) + ": " + singleQuoted(stripSmartQuotes(text.substring(k.end()).strip())) : "";
        return Optional.of("\u2018 \u2019 \u201c \u201d are typographic quotes, which YAML reads as ordinary text: "
            + "quote the value with straight quotes ' or \"," + example);
      }
    }
    return Optional.empty();
  }

  /** A line where a key was expected (SnakeYAML read it as the start of one) but none was found. */
  private static Diagnosis notAKey(SourceText src, int firstLine, int line) {
    String text = src.line(line);
    int indent = indentOf(text);
    String rest = text.substring(indent);
    if (rest.startsWith("-") && rest.length() > 1 && rest.charAt(1) != ' ' && rest.charAt(1) != '-') {
      return new Diagnosis(line, indent + 1, "a list item needs a space after '-'",
          "write '- " + shorter(rest.substring(1).strip()) + "'");
    }
    Matcher m = NO_SPACE_AFTER_COLON.matcher(text);
    if (m.matches()) {
      int colon = m.end(3);
      return new Diagnosis(line, colon + 1, "a key needs a space after ':'",
          "write '" + m.group(3) + ": " + shorter(m.group(4).strip()) + "'");
    }
    Optional<KeyLine> above = keyLineAbove(src, firstLine, line);
    if (above.isPresent()) {
      KeyLine k = above.get();
      int need = k.keyCol + 1;
      return new Diagnosis(line, indent + 1, "line is neither a 'key: value' nor indented to continue the value above",
          "to continue the value of '" + k.key + "' (line " + k.line + "), indent this line by at least " + spaces(need)
              + "; or, if it starts a new key, write it as 'key: value'");
    }
    return new Diagnosis(line, indent + 1, "this line is not a 'key: value' line", "write one 'key: value' per line");
  }

  /** A key line at {@code line} indented unlike the key on the line above it that it should line up with. */
  private static Optional<Diagnosis> keyIndentedUnlikeSiblings(SourceText src, int firstLine, int line) {
    String text = src.line(line);
    Matcher m = KEY_LINE.matcher(text);
    if (!m.find() || !m.group(2).isEmpty()) return Optional.empty();
    Optional<KeyLine> above = keyLineAbove(src, firstLine, line);
    if (above.isEmpty()) return Optional.empty();
    KeyLine k = above.get();
    int indent = m.group(1).length();
    if (indent == k.keyCol) return Optional.empty();
    String key = m.group(3);
    String message = "'" + key + ":' is indented by " + spaces(indent) + ", but '" + k.key + ":' on line " + k.line
        + " by " + spaces(k.keyCol);
    String hint = (k.keyCol == 0 ? "start '" + key + ":' at the beginning of the line" : "indent '" + key + ":' by " + spaces(k.keyCol))
        + " like '" + k.key
        + ":' to make it a key of the same " + (k.inListItem ? "list item" : "mapping");
    if (indent > k.keyCol && k.hasValue) {
      hint += "; if the line continues the value of '" + k.key + "', quote that value instead";
    }
    return Optional.of(new Diagnosis(line, indent + 1, message, hint));
  }

  /** A list item at {@code line} whose '-' is not in the column of the items above it. */
  private static Optional<Diagnosis> itemIndentedUnlikeSiblings(SourceText src, int firstLine, int line) {
    int indent = indentOf(src.line(line));
    for (int l = line - 1; l >= firstLine; l--) {
      String t = src.line(l);
      boolean dash = t.stripLeading().startsWith("- ") || t.strip().equals("-");
      if (!dash) continue;
      int dashCol = indentOf(t);
      if (dashCol == indent) return Optional.empty();
      return Optional.of(new Diagnosis(line, indent + 1,
          "list item indented by " + spaces(indent) + ", but the item on line " + l + " by " + spaces(dashCol),
          "indent this '-' by " + spaces(dashCol) + " like the items above it"));
    }
    return Optional.empty();
  }

  /** An unquoted ": " inside a value: quote the whole value. */
  private static String colonInValueHint(String text) {
    Optional<String> smart = smartQuotesHint(text);
    if (smart.isPresent()) return smart.get();
    Matcher k = KEY_LINE.matcher(text);
    if (!k.find()) return "a value containing ': ' must be quoted, e.g. key: 'a: b'";
    String value = text.substring(k.end()).strip();
    return "a value containing ': ' must be quoted as a whole: " + k.group(3) + ": " + singleQuoted(value);
  }

  /** "figtitle: 'it's'": the quote that was meant as text ends the value early. */
  private static Optional<String> quoteInsideQuotesHint(String text) {
    Matcher k = KEY_LINE.matcher(text);
    String value = k.find() ? text.substring(k.end()).strip() : text.strip().replaceFirst("^(-\\s+)+", "");
    if (value.startsWith("'")) {
      return Optional.of("inside '...' write a ' as two: '' (e.g. 'it''s'), or quote the value with \"...\"");
    }
    if (value.startsWith("\"")) {
      return Optional.of("inside \"...\" write a \" as \\\" (e.g. \"a \\\"b\\\" c\"), or quote the value with '...'");
    }
    return smartQuotesHint(text);
  }

  /** The nearest line above {@code line} that holds a key. */
  private static Optional<KeyLine> keyLineAbove(SourceText src, int firstLine, int line) {
    for (int l = line - 1; l >= firstLine; l--) {
      String t = src.line(l);
      if (t.isBlank() || t.stripLeading().startsWith("#")) continue;
      Matcher m = KEY_LINE.matcher(t);
      if (m.find()) {
        boolean hasValue = !t.substring(m.end()).isBlank();
        return Optional.of(new KeyLine(l, m.group(3), m.group(1).length() + m.group(2).length(), hasValue,
            !m.group(2).isEmpty() || listItemAbove(src, firstLine, l, m.group(1).length())));
      }
    }
    return Optional.empty();
  }

  /** Whether the key at {@code col} on {@code line} belongs to a list item that started above. */
  private static boolean listItemAbove(SourceText src, int firstLine, int line, int col) {
    for (int l = line - 1; l >= firstLine; l--) {
      String t = src.line(l);
      if (t.isBlank()) continue;
      int i = indentOf(t);
      if (i >= col) continue;
      return t.startsWith("- ", i) && i + 2 + indentOf(t.substring(i + 2)) == col;
    }
    return false;
  }

  private record KeyLine(int line, String key, int keyCol, boolean hasValue, boolean inListItem) {}

  private static int indentOf(String t) {
    int i = 0;
    while (i < t.length() && t.charAt(i) == ' ') i++;
    return i;
  }

  private static String spaces(int n) {
    return n + (n == 1 ? " space" : " spaces");
  }

  private static String shorter(String v) {
    return v.length() > MAX_SHOWN ? v.substring(0, MAX_SHOWN) + "..." : v;
  }

  private static String stripSmartQuotes(String v) {
    if (v.length() >= 2 && SMART_QUOTES.indexOf(v.charAt(0)) >= 0 && SMART_QUOTES.indexOf(v.charAt(v.length() - 1)) >= 0) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** The value in single quotes, for a hint; "'...'" when it is too long to show. */
  static String singleQuoted(String v) {
    if (v.length() > MAX_SHOWN) return "'...'";
    return "'" + v.replace("'", "''") + "'";
  }
}
