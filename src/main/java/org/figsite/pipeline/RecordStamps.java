package org.figsite.pipeline;

import org.figsite.load.RecordFiles;
import org.figsite.model.DataKind;

/**
 * A record's stamp in the build cache: its file's modification time, mixed with the size and time
 * of each data file it has ({@code <figid>-genes.tsv}, …), so that a data file that changes,
 * appears or goes away makes its record count as changed, exactly as an edit of the record does.
 * A record without data files keeps its file's time as its stamp.
 */
final class RecordStamps {
  private RecordStamps() {}

  static long of(long recordMtime, RecordFiles data, String figid) {
    long stamp = recordMtime;
    if (data.count() == 0) return stamp;
    for (DataKind kind : DataKind.values()) {
      int at = data.find(kind.fileName(figid));
      if (at < 0) continue;
      stamp = mix(stamp ^ mix(kind.ordinal() + 1L) ^ mix(data.size(at)) * 31 ^ data.mtimeNanos(at));
    }
    return stamp;
  }

  /** A 64-bit finaliser (Stafford's Mix13): every input bit moves every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
