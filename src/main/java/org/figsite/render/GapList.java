package org.figsite.render;

import java.util.Arrays;

/**
 * Ascending ints without repeats, kept as variable-length gaps: one or two bytes each where an
 * int takes four. The search index holds one per title and organism word, some ten entries per
 * figure in all.
 */
final class GapList {
  private byte[] bytes = new byte[4];
  private int length;
  private int last = -1;
  private int size;

  /** Adds {@code v} unless it is the last one added; it may not be smaller. */
  void addOnce(int v) {
    if (v == last) return;
    if (v < last) throw new IllegalArgumentException(v + " after " + last);
    if (length + 5 > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 5));
    for (int gap = v - last; ; gap >>>= 7) {
      if ((gap & ~0x7F) == 0) {
        bytes[length++] = (byte) gap;
        break;
      }
      bytes[length++] = (byte) ((gap & 0x7F) | 0x80);
    }
    last = v;
    size++;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    int[] out = new int[size];
    int v = -1;
    int at = 0;
    for (int i = 0; i < size; i++) {
      int gap = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        gap |= (b & 0x7F) << shift;
        if (b >= 0) break;
      }
      v += gap;
      out[i] = v;
    }
    return out;
  }
}
