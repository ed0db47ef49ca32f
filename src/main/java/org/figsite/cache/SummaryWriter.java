package org.figsite.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.figsite.index.FigureSummary;

/**
 * Writes the summaries of a full build into a file as the worker threads make them, so that they
 * never pile up on the heap: each worker reserves the space its record needs and writes there
 * (positional writes need no lock), and only the offset and length of each slot stay in memory.
 * {@link #finish} maps the file for reading; it then serves as the cache's summaries file too.
 * Each summary is followed by its checksum ({@link SummaryBlocks}).
 */
public final class SummaryWriter implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();
  private final long[] offsets;
  private final int[] lengths;

  private SummaryWriter(Path file, FileChannel channel, int slots) {
    this.file = file;
    this.channel = channel;
    this.offsets = new long[slots];
    this.lengths = new int[slots];
    Arrays.fill(lengths, -1);
  }

  /** Starts an empty file (replacing any) with room for {@code slots} summaries. */
  public static SummaryWriter create(Path file, int slots) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    return new SummaryWriter(file, ch, slots);
  }

  /** Writes slot's summary; thread-safe, each slot at most once. */
  public void put(int slot, FigureSummary summary) throws IOException {
    byte[] bytes = SummaryCodec.encode(summary);
    long at = end.getAndAdd(bytes.length + SummaryBlocks.CHECKSUM_BYTES);
    ByteBuffer b = ByteBuffer.allocate(bytes.length + SummaryBlocks.CHECKSUM_BYTES);
    b.put(bytes).putInt(SummaryBlocks.checksum(bytes)).flip();
    for (long pos = at; b.hasRemaining(); ) pos += channel.write(b, pos);
    offsets[slot] = at;
    lengths[slot] = bytes.length;
  }

  /** Closes the file and maps it: the summaries written, slots never written empty. */
  public StoredSummaries finish() throws IOException {
    channel.close();
    return new StoredSummaries(MappedFile.map(file), offsets, lengths, null);
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
