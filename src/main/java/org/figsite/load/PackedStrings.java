package org.figsite.load;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of strings kept as UTF-8 in one byte array. A {@code String} costs some 50
 * bytes besides its text; a corpus of a million record files (or a site of a million stubs) would
 * spend more on that overhead than on the names themselves. Each {@link #get} makes a new string.
 */
public final class PackedStrings extends AbstractList<String> implements RandomAccess {
  private final byte[] bytes;
  /** {@code ends[i]} is where string i ends; it starts where string i - 1 ends. */
  private final int[] ends;

  private PackedStrings(byte[] bytes, int[] ends) {
    this.bytes = bytes;
    this.ends = ends;
  }

  @Override
  public String get(int i) {
    Objects.checkIndex(i, ends.length);
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
  }

  /**
   * Whether string i equals string j of {@code other}, compared as bytes without making either
   * string: the common case when an incremental build pairs listed files with cached ones.
   */
  public boolean sameAt(int i, PackedStrings other, int j) {
    Objects.checkIndex(i, ends.length);
    Objects.checkIndex(j, other.ends.length);
    int start = i == 0 ? 0 : ends[i - 1];
    int otherStart = j == 0 ? 0 : other.ends[j - 1];
    return Arrays.equals(bytes, start, ends[i], other.bytes, otherStart, other.ends[j]);
  }

  @Override
  public int size() {
    return ends.length;
  }

  /** Builds a list one string at a time; not thread-safe. */
  public static final class Builder {
    private byte[] bytes;
    private int[] ends;
    private int size;
    private int used;

    public Builder(int expected) {
      ends = new int[Math.max(4, expected)];
      bytes = new byte[Math.max(64, expected * 32)];
    }

    public Builder add(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      return addUtf8(b, 0, b.length);
    }

    /** Adds a string given as UTF-8 bytes (copied). */
    public Builder addUtf8(byte[] b, int off, int len) {
      if (used + len > bytes.length) {
        long want = Math.max((long) used + len, bytes.length + (bytes.length >> 1));
        if (want > Integer.MAX_VALUE - 16) throw new IllegalStateException("more than 2 GB of strings");
        bytes = Arrays.copyOf(bytes, (int) want);
      }
      System.arraycopy(b, off, bytes, used, len);
      used += len;
      if (size == ends.length) ends = Arrays.copyOf(ends, size + (size >> 1) + 1);
      ends[size++] = used;
      return this;
    }

    public PackedStrings build() {
      return new PackedStrings(Arrays.copyOf(bytes, used), Arrays.copyOf(ends, size));
    }
  }
}
