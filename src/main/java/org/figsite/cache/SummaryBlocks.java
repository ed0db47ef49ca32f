package org.figsite.cache;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * How one encoded summary lies in a summaries file: its bytes, then the CRC-32C of those bytes
 * (4 bytes, big-endian), so that a damaged or half-written block is found when it is read rather
 * than decoded into a wrong page. The cache file records each block's offset and the length of its
 * bytes, without the checksum.
 */
final class SummaryBlocks {
  static final int CHECKSUM_BYTES = 4;

  private SummaryBlocks() {}

  /** The checksum of {@code b}'s remaining bytes; its position is left as it was. */
  static int checksum(ByteBuffer b) {
    CRC32C crc = new CRC32C();
    crc.update(b.duplicate());
    return (int) crc.getValue();
  }

  static int checksum(byte[] b) {
    CRC32C crc = new CRC32C();
    crc.update(b, 0, b.length);
    return (int) crc.getValue();
  }

  /** The block's bytes without its checksum, checked against it; throws for slot when they differ. */
  static ByteBuffer payload(ByteBuffer block, int slot) {
    int len = block.remaining() - CHECKSUM_BYTES;
    ByteBuffer payload = block.slice(block.position(), len);
    int stored = block.getInt(block.position() + len);
    if (checksum(payload) != stored) {
      throw new CacheDamaged("the summary of entry " + slot + " does not match its checksum");
    }
    return payload;
  }

  /** The same for a block copied to an array: its payload, wrapped, positioned at 0. */
  static ByteBuffer payload(byte[] block, int slot) {
    int len = block.length - CHECKSUM_BYTES;
    CRC32C crc = new CRC32C();
    crc.update(block, 0, len);
    if ((int) crc.getValue() != ByteBuffer.wrap(block).getInt(len)) {
      throw new CacheDamaged("the summary of entry " + slot + " does not match its checksum");
    }
    return ByteBuffer.wrap(block, 0, len);
  }

  /** The 4 checksum bytes for {@code payload}. */
  static byte[] trailer(byte[] payload) {
    return ByteBuffer.allocate(CHECKSUM_BYTES).putInt(checksum(payload)).array();
  }
}
