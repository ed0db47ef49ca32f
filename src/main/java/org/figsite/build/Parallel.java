package org.figsite.build;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.figsite.render.Theme;

/**
 * Runs the iterations of a loop on all cores, for the site-wide pages, where each iteration
 * writes its own files. The first failure stops the remaining iterations and is rethrown.
 */
final class Parallel {
  private Parallel() {}

  interface Body {
    void run(int i) throws IOException, Theme.TemplateProblem;
  }

  static void forEach(int n, Body body) throws IOException, Theme.TemplateProblem {
    AtomicReference<Exception> first = new AtomicReference<>();
    IntStream.range(0, n).parallel().forEach(i -> {
      if (first.get() != null) return;
      try {
        body.run(i);
      } catch (IOException | Theme.TemplateProblem e) {
        first.compareAndSet(null, e);
      }
    });
    Exception e = first.get();
    if (e instanceof IOException io) throw io;
    if (e instanceof Theme.TemplateProblem tp) throw tp;
  }
}
