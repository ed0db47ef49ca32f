package org.figsite.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the search index cuts text into tokens. {@code static/search.js} applies the same rules to
 * queries (split into terms at white space, commas and semicolons; NFKC, lower case; a term's
 * whole form without leading and trailing punctuation, and its words split on anything but
 * letters and digits), and reads the stop words and minimum length from the index manifest, so
 * the two sides cannot drift apart.
 */
public final class SearchTokens {
  /** Title and organism words shorter than this are not indexed. */
  public static final int MIN_LENGTH = 2;
  /** Words too common in pathway titles to narrow a search. */
  public static final List<String> STOP_WORDS = List.of(
      "an", "and", "are", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the",
      "to", "via", "with");
  private static final Set<String> STOP = Set.copyOf(STOP_WORDS);
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /**
   * Where a query, or a word printed in a figure, splits into terms: JavaScript's {@code
   * /[\s,;]+/} (its {@code \s} spelled out, as Java's differs).
   */
  private static final Pattern TERM_SEPARATOR = Pattern.compile(
      "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF,;]+");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  private SearchTokens() {}

  /** NFKC, then lower case: {@code ＴＰ５３} and {@code tp53} are the same token. */
  public static String normalize(String s) {
    // ASCII is its own NFKC form: most symbols and OCR words skip the normaliser's copies.
    return (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /** Whether {@code s} is ASCII letters and digits only: its one token is itself, lower-cased. */
  private static boolean isAsciiAlphanumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    }
    return !s.isEmpty();
  }

  /** The indexed words of a title or organism name, in order, repeats kept. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(normalize(text))) {
      if (w.length() >= MIN_LENGTH && !STOP.contains(w)) out.add(w);
    }
    return out;
  }

  /**
   * A term's whole form, as a gene symbol is looked up: normalised, leading and trailing
   * punctuation removed ({@code "(ERK1/2)"} gives {@code erk1/2}); "" when nothing is left.
   */
  public static String term(String raw) {
    return EDGE_PUNCTUATION.matcher(normalize(raw)).replaceAll("");
  }

  /**
   * The tokens under which a word printed in a figure (a gene table's OCR {@code word}) is found:
   * the whole form of each of its terms, and each term's words, at least {@link #MIN_LENGTH} long
   * and not stop words. {@code ERK1/2} gives {@code erk1/2} and {@code erk1}; {@code EGFR/HER1}
   * gives {@code egfr/her1}, {@code egfr} and {@code her1}. Distinct, in order of first appearance.
   */
  public static List<String> printedWordTokens(String word) {
    if (isAsciiAlphanumeric(word)) {
      // Most printed words (MAPK3, AKT): one term of one word, the rule below in short.
      String token = word.toLowerCase(Locale.ROOT);
      return token.length() >= MIN_LENGTH && !STOP.contains(token) ? List.of(token) : List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String raw : TERM_SEPARATOR.split(word)) {
      String whole = term(raw);
      if (whole.length() >= MIN_LENGTH && !STOP.contains(whole)) out.add(whole);
      out.addAll(words(raw));
    }
    return List.copyOf(out);
  }

  /**
   * The file name of the shard holding tokens that start with {@code prefix}: ASCII letters,
   * digits and '-' as they are, every other character as '_' and four hex digits.
   */
  public static String shardName(String prefix) {
    StringBuilder sb = new StringBuilder(prefix.length() + 8);
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') sb.append(c);
      else sb.append('_').append(String.format(Locale.ROOT, "%04x", (int) c));
    }
    return sb.toString();
  }
}
