package org.figsite.cache;

/**
 * The build cache does not match its checksums: a damaged or half-written file. Whoever meets it
 * treats the cache as missing (a full build) and says so in one line.
 */
public final class CacheDamaged extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CacheDamaged(String message) {
    super(message);
  }
}
