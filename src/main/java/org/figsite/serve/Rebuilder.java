package org.figsite.serve;

/** Builds the site again after a change; the server only needs to know whether it worked. */
@FunctionalInterface
public interface Rebuilder {
  RebuildOutcome rebuild();
}
