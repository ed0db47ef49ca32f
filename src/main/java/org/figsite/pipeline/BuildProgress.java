package org.figsite.pipeline;

/**
 * Hears how far a build has come, for a progress bar. Called from worker threads; implementations
 * must be thread-safe and cheap.
 */
public interface BuildProgress {
  BuildProgress NONE = new BuildProgress() {};

  /** A stage of the build starts; {@code total} is its number of steps, or 0 when unknown. */
  default void stage(String name, int total) {}

  /** One step (a record read and rendered) of the current stage is done. */
  default void step() {}

  /** The build is over, successfully or not. */
  default void done() {}
}
