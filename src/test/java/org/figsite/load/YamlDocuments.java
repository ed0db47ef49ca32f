package org.figsite.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random YAML-like front matter made of what records are made of: nested block mappings,
 * indentless and indented sequences, sequences of mappings, the three scalar styles folded over
 * lines at varying indents, {@code []} and {@code {}}, empty values; and of what they are not:
 * words and separators that YAML reads specially ({@code ": "}, {@code " #"}, {@code "- "},
 * escapes, tabs, anchors...), plus random mutations (a character inserted or deleted, a line
 * indented differently, duplicated or swapped). Most documents are valid; many are not.
 */
final class YamlDocuments {
  /** Whether a document keeps to what the fast path takes (0), strays now and then (1) or often (2). */
  private final int risk;
  private final Random r;

  /** Words any scalar style takes as they are (escapes only mean something in double quotes). */
  private static final String[] WORDS = {
      "TP53", "Homo", "sapiens", "a", "x", "HER2", "Δ16HER2", "β-integrin", "‘escape’", "é", "日本",
      "\ud83d\ude00", "\ud834\udd1e", "antibody–drug", "p<0.05", "~403%", "R&D", "a#b", "c:d",
      "http://x.org/a?b=c", "0123", "NO", "null", "~", "1.5e3", "-1", "[x]", "{y}", "x,y", "()", "ab''cd",
      "supercalifragilisticexpialidociousandthensomemoretomakeitlong", "\u00a0", "\ufffd",
      "'", "''", "\"", "\\", "\\\\", "\\n", "\\t", "\\x41", "\\u00e9", "\\U0001F600", "\\N", "\\_", "\\L",
      "\\P", "\\0", "\\ ", "\\\"", "\\e", "\\r",
  };
  /** Words that YAML reads specially somewhere, or that SnakeYAML refuses. */
  private static final String[] RISKY = {
      "A #203", "x:", "\\/", "\\q", "\\x4", "\\uD83D", "\\UFFFFFFFF", "-", "?", ":", "#", "[", "]", "{", "}", ",",
      "&a", "*a", "!x", "!!str", "|", ">", "%", "@", "`", "<<", "---", "...", "\t", "\u0085", "\u2028",
      "\ufeff", "\u0007", "\r",
  };
  private static final String[] COMMON = {"the", "HER2", "cells", "of", "and"};
  private static final String[] KEYS = {
      "figid", "caption", "genes", "word", "symbol", "schema-jsonld", "'@context'", "'@type'", "\"k\"",
      "'it''s'", "key with space", "k ", "-x", "?x", ":x", "a:b", "a#b", "NO", "0123", "'a: b'",
      "\"\\u00e9\"", "'\ud83d\ude00'", "é", "<<", "#k", "- k", "? k", "&a k", "!t k", "'multi\n  line'", "''",
  };
  private static final String MUTATION_CHARS = ":#-'\"\\ \n\t[]{}&*!|>?%@`,\ud83d\ude00é\r\u0085a";

  private YamlDocuments(Random r) {
    this.r = r;
    this.risk = r.nextInt(3);
  }

  static String document(Random r) {
    return new YamlDocuments(r).document();
  }

  private String document() {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(20) == 0) sb.append(r.nextBoolean() ? "\n" : "  \n\n");
    mapping(sb, 0, 0, false);
    String doc = sb.toString();
    if (r.nextInt(10) == 0) doc = doc.substring(0, doc.length() - 1);
    if (risk == 2 || (risk == 1 && r.nextInt(4) == 0)) {
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) doc = mutate(doc);
    }
    return doc;
  }

  /** True one time in {@code n} in risky documents, eight times less often in mildly risky ones. */
  private boolean risky(int n) {
    return risk > 0 && r.nextInt(risk == 1 ? n * 8 : n) == 0;
  }

  /** Entries at {@code indent}; the first one's key goes right after a "- " already written. */
  private void mapping(StringBuilder sb, int indent, int depth, boolean afterDash) {
    int n = 1 + r.nextInt(depth == 0 ? 6 : 4);
    for (int i = 0; i < n; i++) {
      if (i > 0 || !afterDash) pad(sb, indent);
      sb.append(risky(4) ? pick(KEYS) : pick(new String[] {"k" + i, "word", "symbol", "entrez", "'@id'", "\"k\""}));
      if (r.nextInt(30) == 0) sb.append(' ');
      sb.append(':');
      value(sb, indent, depth);
      if (r.nextInt(25) == 0) sb.append(r.nextBoolean() ? "\n" : "   \n");
    }
  }

  private void value(StringBuilder sb, int indent, int depth) {
    int choice = r.nextInt(depth < 3 ? 12 : 8);
    if (choice < 5) {
      sb.append(r.nextInt(15) == 0 ? "   " : " ").append(scalar(indent + 2)).append('\n');
    } else if (choice == 5) {
      sb.append(r.nextInt(5) == 0 ? "  \n" : "\n");
    } else if (choice == 6) {
      sb.append(risky(2) ? pick(new String[] {" [ ]", " [a]", " {a: b}", " [] #c", " []x", " [] :"})
          : pick(new String[] {" []", " {}", " []  "})).append('\n');
    } else if (choice == 7) {
      sb.append(' ').append(scalar(indent + 1 + r.nextInt(3))).append('\n');
    } else if (choice < 10) {
      sb.append('\n');
      mapping(sb, indent + pick(new int[] {2, 2, 2, 1, 3, 4}), depth + 1, false);
    } else {
      sb.append('\n');
      sequence(sb, r.nextInt(3) == 0 ? indent + 2 : indent, depth + 1);
    }
  }

  private void sequence(StringBuilder sb, int indent, int depth) {
    int n = 1 + r.nextInt(4);
    boolean ofMappings = r.nextInt(3) == 0;
    for (int i = 0; i < n; i++) {
      pad(sb, indent);
      sb.append(r.nextInt(25) == 0 ? "-  " : "- ");
      if (ofMappings || r.nextInt(8) == 0) {
        mapping(sb, indent + 2, depth + 1, true);
      } else if (r.nextInt(10) == 0) {
        sb.append(risky(2) ? pick(new String[] {"- nested", "", "? k", "# c", "&a x", "*a"}) : pick(new String[] {"[]", "{}"}))
            .append('\n');
      } else {
        sb.append(scalar(indent + 1 + r.nextInt(3))).append('\n');
      }
    }
  }

  /** A scalar whose continuation lines are indented at least {@code cont} (unless risky). */
  private String scalar(int cont) {
    int style = r.nextInt(10);
    boolean plain = style < 5;
    String text = text(cont, plain, style >= 8);
    if (plain) return text;
    if (style < 8) return "'" + (risky(10) ? text : text.replace("'", "''")) + "'";
    return "\"" + (risky(10) ? text : text.replace("\"", "\\\"")) + "\"";
  }

  private String text(int cont, boolean plain, boolean doubleQuoted) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(15) == 0) sb.append(' ');
    int n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 6);
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(separator(cont, plain, doubleQuoted));
      if (risky(30)) {
        sb.append(pick(RISKY));
      } else if (i == 0 && plain && !risky(4)) {
        // A plain scalar cannot start with a quote or a bracket: that would be another kind of value.
        sb.append(pick(COMMON));
      } else {
        sb.append(r.nextInt(3) == 0 ? pick(WORDS) : pick(COMMON));
      }
    }
    if (r.nextInt(15) == 0) sb.append(' ');
    return sb.toString();
  }

  private String separator(int cont, boolean plain, boolean doubleQuoted) {
    int k = r.nextInt(20);
    if (k < 12) return " ";
    if (k < 16) return "\n" + " ".repeat(cont + r.nextInt(3));
    if (risky(3)) {
      switch (r.nextInt(4)) {
        case 0: return ": ";
        case 1: return " #";
        case 2: return "\n" + " ".repeat(cont) + "#";
        default: return "\n" + " ".repeat(Math.max(0, cont - 1 - r.nextInt(3)));
      }
    }
    switch (r.nextInt(doubleQuoted ? 8 : 7)) {
      case 0: return "  ";
      case 1: return plain ? " " : ": ";
      case 2: return plain ? "\n" + " ".repeat(cont) : " #";
      case 3: return "\n\n" + " ".repeat(cont);
      case 4: return " \n" + " ".repeat(cont) + " ";
      case 5: return "\n" + " ".repeat(cont) + "- ";
      case 6: return "\n   \n" + " ".repeat(cont);
      default: return "\\\n" + " ".repeat(cont);
    }
  }

  private String mutate(String doc) {
    if (doc.isEmpty()) return doc;
    int at = r.nextInt(doc.length());
    switch (r.nextInt(6)) {
      case 0:
        return doc.substring(0, at) + MUTATION_CHARS.charAt(r.nextInt(MUTATION_CHARS.length())) + doc.substring(at);
      case 1:
        return doc.substring(0, at) + doc.substring(at + 1);
      case 2: {
        List<String> lines = lines(doc);
        int i = r.nextInt(lines.size());
        lines.set(i, r.nextBoolean() ? " " + lines.get(i) : lines.get(i).replaceFirst("^ ", ""));
        return String.join("\n", lines);
      }
      case 3: {
        List<String> lines = lines(doc);
        int i = r.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
      }
      case 4: {
        List<String> lines = lines(doc);
        if (lines.size() < 2) return doc;
        int i = r.nextInt(lines.size() - 1);
        String l = lines.get(i);
        lines.set(i, lines.get(i + 1));
        lines.set(i + 1, l);
        return String.join("\n", lines);
      }
      default:
        return doc.substring(0, at) + pick(new String[] {": ", " #", "- ", "''", "\\", "\n", "\n  ", "'", "\""})
            + doc.substring(at);
    }
  }

  private static List<String> lines(String doc) {
    return new ArrayList<>(Arrays.asList(doc.split("\n", -1)));
  }

  private static void pad(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) sb.append(' ');
  }

  private String pick(String[] a) {
    return a[r.nextInt(a.length)];
  }

  private int pick(int[] a) {
    return a[r.nextInt(a.length)];
  }
}
