package org.figsite.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheReadTest {
  @TempDir Path dir;

  /** A cache file of {@code format} whose body is {@code body}, with a checksum that matches. */
  private Path cacheFile(int format, byte[] body) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(8 + body.length + 4);
    b.putInt(BuildCache.MAGIC).putInt(format).put(body);
    CRC32C crc = new CRC32C();
    crc.update(b.array(), 0, b.position());
    b.putInt((int) crc.getValue());
    Path f = dir.resolve(".site-output.figsite-cache");
    Files.write(f, b.array());
    return f;
  }

  @Test
  void aCacheOfThisFormatThatDoesNotDecodeIsReportedNotTakenForNone() throws IOException {
    // The checksum matches, so no disk damaged it: the writer and this reader disagree. That must
    // show (the build says the cache is damaged and goes on as a full one), not pass as "no cache".
    Path f = cacheFile(BuildCache.FORMAT, ByteBuffer.allocate(4).putInt(1_000_000).array());
    assertThatThrownBy(() -> BuildCache.read(f)).isInstanceOf(CacheDamaged.class)
        .hasMessageContaining("cannot decode .site-output.figsite-cache");
  }

  @Test
  void aCacheOfAnotherFormatIsNoCache() throws IOException {
    Path f = cacheFile(BuildCache.FORMAT + 1, ByteBuffer.allocate(4).putInt(1_000_000).array());
    assertThat(BuildCache.read(f)).isEmpty();
  }

  @Test
  void aCacheWhoseChecksumFailsIsDamaged() throws IOException {
    Path f = cacheFile(BuildCache.FORMAT, new byte[] {0, 0, 0, 0});
    byte[] raw = Files.readAllBytes(f);
    raw[9] ^= 1;
    Files.write(f, raw);
    assertThatThrownBy(() -> BuildCache.read(f)).isInstanceOf(CacheDamaged.class)
        .hasMessageContaining("does not match its checksum");
  }
}
