package org.figsite.serve;

import java.util.List;

/**
 * What browsers are told about builds: after a good one, reload; after a broken one, the
 * problems, both as an event to open pages and as a banner on pages loaded until the next good
 * build. The site itself stays the last good one, because a failed build never replaces it.
 */
final class LiveReload {
  private volatile List<String> problems = List.of();
  private final ReloadEvents events;

  /** @param maxStreams how many browsers may listen at once */
  LiveReload(int maxStreams) {
    events = new ReloadEvents(this::problems, maxStreams);
  }

  ReloadEvents events() {
    return events;
  }

  /** The problems of the last build, empty when it succeeded. */
  List<String> problems() {
    return problems;
  }

  void rebuilt(RebuildOutcome outcome) {
    if (outcome.succeeded()) {
      problems = List.of();
      events.sendReload();
    } else {
      problems = outcome.problems();
      events.sendProblems(problems);
    }
  }

  void close() {
    events.close();
  }
}
