package org.figsite.load;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * How big a document becomes once every alias is replaced by what it names. SnakeYAML limits the
 * number of aliases to lists and mappings, not to scalars: one megabyte-long anchored string named
 * a thousand times is a gigabyte once a record is rendered. The size counted is the characters of
 * every scalar plus one per node, each alias counting the whole of its anchor.
 */
final class AliasExpansion {
  /** Expanded characters allowed: this many times the front matter's own length ... */
  static final int FACTOR = 4;
  /** ... plus this many, so that a small record may still repeat a few short values. */
  static final int SLACK = 64 * 1024;

  private AliasExpansion() {}

  /** The largest expanded size allowed for a front matter of {@code length} characters. */
  static long limit(int length) {
    return (long) FACTOR * length + SLACK;
  }

  /**
   * The mark of the first alias after which the expanded size is over {@code limit}; empty when
   * the document stays within it. The text must already compose without error.
   */
  static Optional<Mark> firstAliasOver(Yaml yaml, String text, long limit) {
    Map<String, Long> sizes = new HashMap<>();
    Deque<long[]> open = new ArrayDeque<>(); // {size when the collection started}
    Deque<String> anchors = new ArrayDeque<>();
    long total = 0;
    for (Event e : yaml.parse(new StringReader(text))) {
      if (e instanceof ScalarEvent s) {
        long n = s.getValue().length() + 1L;
        total += n;
        if (s.getAnchor() != null) sizes.put(s.getAnchor(), n);
      } else if (e instanceof AliasEvent a) {
        total += sizes.getOrDefault(a.getAnchor(), 1L);
        if (total > limit) return Optional.of(a.getStartMark());
      } else if (e instanceof CollectionStartEvent c) {
        total += 1;
        open.push(new long[] {total});
        anchors.push(c.getAnchor() == null ? "" : c.getAnchor());
      } else if (e instanceof CollectionEndEvent) {
        long start = open.pop()[0];
        String anchor = anchors.pop();
        if (!anchor.isEmpty()) sizes.put(anchor, total - start + 1);
      }
    }
    return Optional.empty();
  }
}
