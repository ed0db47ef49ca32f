package org.figsite.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file mapped read-only into memory. Outside the Java heap: the operating system pages it in on
 * demand and can drop the pages again, so a build can read a gigabyte of summaries with a heap far
 * smaller. One mapping holds at most 2 GB, so the file is mapped in overlapping windows, one
 * starting at every gigabyte: any piece of up to a gigabyte lies whole in the window of the
 * gigabyte it starts in.
 */
final class MappedFile {
  private static final long STRIDE = 1L << 30;

  private final ByteBuffer[] windows;
  private final long size;

  private MappedFile(ByteBuffer[] windows, long size) {
    this.windows = windows;
    this.size = size;
  }

  static MappedFile map(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer[] windows = new ByteBuffer[(int) Math.max(1, (size + STRIDE - 1) / STRIDE)];
      for (int k = 0; k < windows.length; k++) {
        long start = k * STRIDE;
        windows[k] = ch.map(FileChannel.MapMode.READ_ONLY, start, Math.min(size - start, Integer.MAX_VALUE));
      }
      return new MappedFile(windows, size);
    }
  }

  long size() {
    return size;
  }

  /** The bytes {@code [offset, offset + length)}, as a read-only buffer positioned at 0. */
  ByteBuffer slice(long offset, int length) {
    if (offset < 0 || length < 0 || offset + length > size || length > STRIDE) {
      throw new IndexOutOfBoundsException("bytes " + offset + "+" + length + " of a " + size + "-byte file");
    }
    int k = (int) (offset / STRIDE);
    return windows[k].slice((int) (offset - k * STRIDE), length);
  }

  /**
   * Copies the bytes {@code [offset, offset + dst.length)} into {@code dst}: cheaper than {@link
   * #slice} and a copy, as it makes no buffer object (a slice of a mapped buffer was a tenth of
   * the gene pages' time).
   */
  void read(long offset, byte[] dst) {
    if (offset < 0 || offset + dst.length > size || dst.length > STRIDE) {
      throw new IndexOutOfBoundsException("bytes " + offset + "+" + dst.length + " of a " + size + "-byte file");
    }
    int k = (int) (offset / STRIDE);
    windows[k].get((int) (offset - k * STRIDE), dst, 0, dst.length);
  }
}
