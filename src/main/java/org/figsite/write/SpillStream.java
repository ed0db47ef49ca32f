package org.figsite.write;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps what is written in memory up to {@link #LIMIT} bytes, then moves it all to a file: for
 * writing into the published folder, where most files are small enough to compare with the old
 * ones in memory but a few (the biggest listings, the data files) grow with the corpus.
 */
final class SpillStream extends OutputStream {
  static final int LIMIT = 1 << 20;

  /** Makes the file's folder, when it is first needed. */
  interface FolderMaker {
    void make() throws IOException;
  }

  private final Path file;
  private final FolderMaker folder;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 14);
  private CountingStream disk;

  SpillStream(Path file, FolderMaker folder) {
    this.file = file;
    this.folder = folder;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (disk == null && memory.size() + len > LIMIT) {
      folder.make();
      disk = new CountingStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
      memory.writeTo(disk);
      memory = null;
    }
    if (disk != null) disk.write(b, off, len);
    else memory.write(b, off, len);
  }

  /** All that was written, when it stayed in memory; null when it went to the file. */
  byte[] inMemory() {
    return memory == null ? null : memory.toByteArray();
  }

  /** The file's size, once it went to the file. */
  long size() {
    return disk.count();
  }

  @Override
  public void close() throws IOException {
    if (disk != null) disk.close();
  }
}
