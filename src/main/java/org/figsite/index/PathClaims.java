package org.figsite.index;

import java.util.Arrays;

/**
 * Which figure has taken each output path, for {@link SiteIndexer}'s collision checks: an
 * open-addressing table of 64-bit hashes of the paths and their owners, some 16 bytes per path
 * where a map of strings took over 100 (a million-figure site has millions of paths). Owners are
 * longs the caller chooses; a hash match is confirmed by comparing the paths themselves, which the
 * caller recomputes from the owner, so hash collisions cost time, never correctness.
 */
final class PathClaims {
  static final long NONE = -1;

  /** Recomputes the path an owner claimed. */
  interface PathOf {
    String path(long owner);
  }

  private final PathOf pathOf;
  private long[] hashes;
  private long[] owners;
  private int size;

  PathClaims(int expected, PathOf pathOf) {
    this.pathOf = pathOf;
    int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    hashes = new long[cap];
    owners = new long[cap];
    Arrays.fill(owners, NONE);
  }

  /** The owner of {@code path}, or {@link #NONE}. */
  long find(String path) {
    long h = hash(path);
    int mask = owners.length - 1;
    for (int i = (int) h & mask; owners[i] != NONE; i = (i + 1) & mask) {
      if (hashes[i] == h && pathOf.path(owners[i]).equals(path)) return owners[i];
    }
    return NONE;
  }

  /** Gives {@code path} to {@code owner} unless it has one: returns the previous owner, or {@link #NONE}. */
  long claimIfAbsent(String path, long owner) {
    long prev = find(path);
    if (prev != NONE) return prev;
    if (size * 2 >= owners.length) grow();
    put(hash(path), owner);
    size++;
    return NONE;
  }

  private void put(long h, long owner) {
    int mask = owners.length - 1;
    int i = (int) h & mask;
    while (owners[i] != NONE) i = (i + 1) & mask;
    hashes[i] = h;
    owners[i] = owner;
  }

  private void grow() {
    long[] oldHashes = hashes;
    long[] oldOwners = owners;
    hashes = new long[oldOwners.length * 2];
    owners = new long[oldOwners.length * 2];
    Arrays.fill(owners, NONE);
    for (int i = 0; i < oldOwners.length; i++) if (oldOwners[i] != NONE) put(oldHashes[i], oldOwners[i]);
  }

  /** FNV-1a over the characters, then a finaliser that spreads the bits (the table uses the low ones). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
