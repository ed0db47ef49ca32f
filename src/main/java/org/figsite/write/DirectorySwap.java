package org.figsite.write;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Path;

/**
 * Atomically exchanges two directories with Linux's {@code renameat2(RENAME_EXCHANGE)}, so that
 * at every instant the output folder holds either the whole old site or the whole new one.
 */
final class DirectorySwap {
  private static final int AT_FDCWD = -100;
  private static final int RENAME_EXCHANGE = 2;

  private DirectorySwap() {}

  interface LibC extends Library {
    int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags) throws LastErrorException;
  }

  private static final class Holder {
    static final LibC LIBC = load();

    private static LibC load() {
      try {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return null;
        return Native.load("c", LibC.class);
      } catch (LinkageError e) {
        // JNA's native part or libc could not be loaded (UnsatisfiedLinkError, or a class of
        // JNA failing its initialisation): the two-rename swap is used instead.
        return null;
      }
    }
  }

  /** Swaps a and b; false when the system cannot (not Linux, old kernel, file system without support). */
  static boolean exchange(Path a, Path b) {
    LibC libc = Holder.LIBC;
    if (libc == null) return false;
    try {
      return libc.renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE) == 0;
    } catch (LastErrorException | UnsatisfiedLinkError e) {
      return false;
    }
  }
}
