package org.figsite.cache;

import java.nio.ByteBuffer;
import java.util.List;
import org.figsite.index.FigureBrief;
import org.figsite.index.FigureSummary;
import org.figsite.index.Summaries;
import org.figsite.model.Redirect;

/**
 * Encoded summaries ({@link SummaryCodec}) by slot, decoded on each read: most lie in a mapped
 * file, at an offset and length per slot; an incremental build's new ones are held as bytes until
 * the cache writes them out. Per slot, memory holds a long and an int.
 */
public final class StoredSummaries implements Summaries {

  private final MappedFile file;
  private final long[] offsets;
  private final int[] lengths;
  private final byte[][] held;

  /**
   * @param file where the summaries lie, or null when none does
   * @param offsets per slot, where its summary starts in {@code file}, or -1 when it is held
   * @param lengths per slot, the summary's length, or -1 for an empty slot
   * @param held per slot, the bytes of a summary not in the file; null when there are none
   */
  StoredSummaries(MappedFile file, long[] offsets, int[] lengths, byte[][] held) {
    this.file = file;
    this.offsets = offsets;
    this.lengths = lengths;
    this.held = held;
  }

  /**
   * Summaries made of pieces of these and new ones, for an incremental build: slot {@code i} of
   * the result is slot {@code from[i]} of this one, or, when that is -1, {@code fresh[i]}.
   */
  public StoredSummaries rearranged(int[] from, byte[][] fresh) {
    long[] o = new long[from.length];
    int[] l = new int[from.length];
    boolean anyFresh = false;
    for (int i = 0; i < from.length; i++) {
      if (from[i] >= 0) {
        if (offsets[from[i]] < 0) throw new IllegalArgumentException("slot " + from[i] + " is not in the file");
        o[i] = offsets[from[i]];
        l[i] = lengths[from[i]];
      } else {
        o[i] = -1;
        l[i] = fresh[i] == null ? -1 : fresh[i].length;
        anyFresh |= fresh[i] != null;
      }
    }
    return new StoredSummaries(file, o, l, anyFresh ? fresh : null);
  }

  /** Only the given slots, in the given order. */
  public StoredSummaries select(int[] slots) {
    long[] o = new long[slots.length];
    int[] l = new int[slots.length];
    byte[][] h = held == null ? null : new byte[slots.length][];
    for (int i = 0; i < slots.length; i++) {
      o[i] = offsets[slots[i]];
      l[i] = lengths[slots[i]];
      if (h != null) h[i] = held[slots[i]];
    }
    return new StoredSummaries(file, o, l, h);
  }

  /**
   * The encoded summary of a slot that has one, positioned at 0. One in the file is checked
   * against the checksum stored after it ({@link SummaryBlocks}).
   *
   * @throws CacheDamaged when it does not match
   */
  public ByteBuffer bytes(int slot) {
    if (lengths[slot] < 0) throw new IllegalArgumentException("slot " + slot + " is empty");
    if (offsets[slot] < 0) return ByteBuffer.wrap(held[slot]);
    ByteBuffer block = file.slice(offsets[slot], lengths[slot] + SummaryBlocks.CHECKSUM_BYTES);
    return SummaryBlocks.payload(block, slot);
  }

  /** Where the slot's summary lies in the file, or -1 when it is held in memory. */
  long offset(int slot) {
    return offsets[slot];
  }

  /** The length of a slot's encoded summary, without reading it. */
  int length(int slot) {
    return lengths[slot];
  }

  /** The file the summaries lie in, or null. */
  MappedFile file() {
    return file;
  }

  /** Whether every summary lies in {@code f}. */
  boolean allIn(MappedFile f) {
    if (file != f) return false;
    for (int i = 0; i < offsets.length; i++) if (lengths[i] >= 0 && offsets[i] < 0) return false;
    return true;
  }

  @Override
  public int slots() {
    return lengths.length;
  }

  @Override
  public boolean has(int slot) {
    return lengths[slot] >= 0;
  }

  @Override
  public FigureSummary get(int slot) {
    return SummaryCodec.decode(forDecoding(slot));
  }

  @Override
  public FigureBrief brief(int slot) {
    return SummaryCodec.brief(forDecoding(slot));
  }

  @Override
  public String figid(int slot) {
    return SummaryCodec.figid(forDecoding(slot));
  }

  @Override
  public List<String> printedWords(int slot) {
    return SummaryCodec.printedWords(forDecoding(slot));
  }

  @Override
  public String lastModified(int slot) {
    return SummaryCodec.lastModified(forDecoding(slot));
  }

  @Override
  public List<Redirect> redirects(int slot) {
    return SummaryCodec.redirects(forDecoding(slot));
  }

  /**
   * The slot's bytes, for the decoder only: a summary in the file is copied whole to an array and
   * checked there, because reading a mapped buffer a string at a time costs a bounds-checked
   * native copy per string (it was most of the indexer's time). A fresh array each time: a
   * per-thread one cost more in ThreadLocal lookups than the copy (a third of the gene pages'
   * time), and an array of a few kilobytes is a pointer bump in the thread's allocation buffer.
   */
  private ByteBuffer forDecoding(int slot) {
    if (lengths[slot] < 0) throw new IllegalArgumentException("slot " + slot + " is empty");
    if (offsets[slot] < 0) return ByteBuffer.wrap(held[slot]);
    byte[] block = new byte[lengths[slot] + SummaryBlocks.CHECKSUM_BYTES];
    file.read(offsets[slot], block);
    return SummaryBlocks.payload(block, slot);
  }
}
