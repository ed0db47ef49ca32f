package org.figsite.render;

import freemarker.core.Environment;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Explains a name a template asked for that is not there, such as {@code figure.captoin}: which
 * object lacks it, the nearest name it does have (by edit distance over its actual keys), and the
 * keys it has. A name that is there but has no value (a record that lacks an optional field) is not
 * explained here: the template should give it a default.
 */
final class MissingNames {
  private MissingNames() {}

  /** What to print instead of FreeMarker's "null or missing". */
  record Explanation(String message, String hint) {}

  private static final Pattern DOTTED = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");
  private static final int MAX_KEYS_SHOWN = 60;

  /** Explains {@code expression} as evaluated in {@code env}, where it just failed; empty when it cannot. */
  static Optional<Explanation> explain(String expression, Environment env) {
    if (expression == null || !DOTTED.matcher(expression).matches()) return Optional.empty();
    String[] names = expression.split("\\.");
    try {
      if (names.length == 1) {
        @SuppressWarnings("unchecked")
        Set<String> known = new TreeSet<>(env.getKnownVariableNames());
        if (known.contains(names[0])) return Optional.empty();
        return Optional.of(explanation("there is no variable", names[0], List.copyOf(known), "the variables here"));
      }
      TemplateModel m = env.getVariable(names[0]);
      for (int i = 1; i < names.length - 1 && m != null; i++) {
        m = m instanceof TemplateHashModel h ? h.get(names[i]) : null;
      }
      if (!(m instanceof TemplateHashModelEx h)) return Optional.empty();
      List<String> keys = keys(h);
      String last = names[names.length - 1];
      if (keys.contains(last)) return Optional.empty();
      String owner = expression.substring(0, expression.length() - last.length() - 1);
      return Optional.of(explanation(owner + " has no", last, keys, owner + "'s keys"));
    } catch (TemplateModelException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Explanation explanation(String lacks, String name, List<String> keys, String keysAre) {
    String message = lacks + " `" + name + "`" + nearest(name, keys).map(k -> "; did you mean `" + k + "`?").orElse("");
    List<String> shown = keys.size() > MAX_KEYS_SHOWN ? keys.subList(0, MAX_KEYS_SHOWN) : keys;
    String hint = keys.isEmpty() ? "" : keysAre + ": " + String.join(", ", shown) + (shown.size() < keys.size() ? ", ..." : "");
    return new Explanation(message, hint);
  }

  private static List<String> keys(TemplateHashModelEx h) throws TemplateModelException {
    List<String> keys = new ArrayList<>();
    for (TemplateModelIterator it = h.keys().iterator(); it.hasNext(); ) {
      TemplateModel k = it.next();
      if (k instanceof TemplateScalarModel s) keys.add(s.getAsString());
    }
    return keys;
  }

  /** The key nearest to {@code name}, if near enough to be a typo of it; the first of equals. */
  static Optional<String> nearest(String name, List<String> keys) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : keys) {
      int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(name.length(), best == null ? 0 : best.length()) / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
