package org.figsite.index;

import java.util.Arrays;

/**
 * A growable list of ints kept in blocks, for the gene and facet indexes: growing never copies
 * what is already there, so building an index of tens of millions of entries needs the index
 * plus at most one part-filled block per list, where doubling an array needs up to three times
 * the index at the moment it grows.
 */
final class IntList {
  private static final int FIRST_BLOCK = 8;
  private static final int MAX_BLOCK = 4096;

  private int[][] blocks = new int[2][];
  private int blockCount;
  private int[] tail;
  private int tailUsed;
  private int size;

  void add(int v) {
    if (tail == null || tailUsed == tail.length) {
      int len = tail == null ? FIRST_BLOCK : Math.min(MAX_BLOCK, tail.length * 2);
      if (blockCount == blocks.length) blocks = Arrays.copyOf(blocks, blockCount * 2);
      tail = new int[len];
      blocks[blockCount++] = tail;
      tailUsed = 0;
    }
    tail[tailUsed++] = v;
    size++;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    int[] out = new int[size];
    int at = 0;
    for (int b = 0; b < blockCount; b++) {
      int n = b == blockCount - 1 ? tailUsed : blocks[b].length;
      System.arraycopy(blocks[b], 0, out, at, n);
      at += n;
    }
    return out;
  }
}
