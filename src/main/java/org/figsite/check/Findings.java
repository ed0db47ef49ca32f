package org.figsite.check;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.figsite.diag.Problem;
import org.figsite.diag.Problems;
import org.figsite.diag.Severity;

/**
 * Findings that repeat across pages (a site made from 110,000 records has the same fault 110,000
 * times), collected from all workers and reported once each: with a count and the first three
 * pages in path order as examples. A finding seen on one page only is reported as it is.
 */
final class Findings {
  static final int EXAMPLES = 3;

  private record Key(Severity severity, String message) {}

  /** One occurrence: the problem as it would be reported alone, and its page-specific detail. */
  private record Example(Problem problem, String page, String detail) {}

  private static final class Group {
    int count;
    final TreeMap<String, Example> first = new TreeMap<>();
  }

  private final Map<Key, Group> groups = new ConcurrentHashMap<>();

  /**
   * @param message the same text wherever the fault occurs
   * @param detail what differs from page to page (a value, a URL), or ""
   */
  void add(PageReporter at, org.jsoup.nodes.Node node, Severity severity, String message, String detail, String hint) {
    String full = detail.isEmpty() ? message : message + ": " + detail;
    Problem alone = at.problem(severity, node, full, hint);
    Group g = groups.computeIfAbsent(new Key(severity, message), k -> new Group());
    synchronized (g) {
      g.count++;
      String order = at.page() + '\0' + g.count;
      g.first.put(order, new Example(alone, at.page(), detail));
      if (g.first.size() > EXAMPLES) g.first.pollLastEntry();
    }
  }

  /** Adds one problem per distinct finding. Call after every page is checked. */
  void reportTo(Problems problems) {
    for (Map.Entry<Key, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      Example first = g.first.firstEntry().getValue();
      if (g.count == 1) {
        problems.add(first.problem());
        continue;
      }
      StringBuilder examples = new StringBuilder("e.g. ");
      int n = 0;
      for (Example x : g.first.values()) {
        if (n++ > 0) examples.append("; ");
        examples.append(x.page().substring(1));
        if (!x.detail().isEmpty()) examples.append(" (").append(x.detail()).append(')');
      }
      String hint = first.problem().hint().isEmpty() ? examples.toString() : examples + "; " + first.problem().hint();
      problems.add(new Problem(e.getKey().severity(), first.problem().pos(),
          String.format(java.util.Locale.ROOT, "%s, on %,d pages", e.getKey().message(), g.count),
          first.problem().sourceLine(), hint));
    }
  }
}
