package org.figsite.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.figsite.load.PackedStrings;

/**
 * The paths written through a tree, for the cache: kept as UTF-8 in one growing array, some 40
 * bytes a path where a concurrent set of strings took 120 (a million-figure site has a million
 * stubs). Thread-safe.
 */
final class PathLog {
  private PackedStrings.Builder paths = new PackedStrings.Builder(1024);

  synchronized void add(String path) {
    paths.add(path);
  }

  /** Every path logged, sorted, each once. */
  synchronized List<String> sorted() {
    PackedStrings all = paths.build();
    String[] a = all.toArray(new String[0]);
    Arrays.sort(a);
    List<String> out = new ArrayList<>(a.length);
    for (int i = 0; i < a.length; i++) if (i == 0 || !a[i].equals(a[i - 1])) out.add(a[i]);
    return out;
  }
}
