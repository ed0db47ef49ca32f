package org.figsite.load;

/**
 * File names, sorted, each with its size and modification time: what an incremental build
 * compares to tell whether a file changed without reading it. Both the files listed now ({@link
 * RecordFiles}) and those the last build saw (the build cache) are stamps. Kept as arrays, not as a
 * {@code Path} and a stamp object per file: at a million records those objects alone would take a
 * quarter of a gigabyte.
 */
public abstract class FileStamps {
  /** The file names, sorted. */
  protected final PackedStrings names;
  /** File i's size in bytes. */
  protected final long[] sizes;
  /** File i's modification time in nanoseconds. */
  protected final long[] mtimes;

  protected FileStamps(PackedStrings names, long[] sizes, long[] mtimes) {
    if (sizes.length != names.size() || mtimes.length != names.size()) {
      throw new IllegalArgumentException("one size and one date per name");
    }
    this.names = names;
    this.sizes = sizes;
    this.mtimes = mtimes;
  }

  /** How many files there are. */
  public final int count() {
    return names.size();
  }

  /** File i's name, e.g. {@code PMC1__F1.md}. */
  public final String name(int i) {
    return names.get(i);
  }

  /** The files' names, sorted. */
  public final PackedStrings names() {
    return names;
  }

  /** File i's size in bytes. */
  public final long size(int i) {
    return sizes[i];
  }

  /** File i's modification time in nanoseconds. */
  public final long mtimeNanos(int i) {
    return mtimes[i];
  }
}
