package org.figsite.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the search index cuts text into tokens. {@code static/search.js} applies the same rules to
 * queries (NFKC, lower case, split on anything but letters and digits), and reads the stop words
 * and minimum length from the index manifest, so the two sides cannot drift apart.
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

  private SearchTokens() {}

  /** NFKC, then lower case: {@code ＴＰ５３} and {@code tp53} are the same token. */
  public static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
