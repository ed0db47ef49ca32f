package org.figsite.load;

/**
 * Thrown inside {@link BlockYamlComposer} when the text uses anything it does not handle exactly
 * as SnakeYAML does. It is not an error: the composer returns empty and SnakeYAML reads the text,
 * with its own messages for whatever is wrong. One shared instance without a stack trace, because
 * it only unwinds the composer's recursion.
 */
final class NotOnFastPath extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final NotOnFastPath INSTANCE = new NotOnFastPath();

  private NotOnFastPath() {
    super("not on the fast path", null, false, false);
  }
}
