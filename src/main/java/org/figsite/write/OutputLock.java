package org.figsite.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The lock file beside an output folder, held with an operating-system lock ({@code fcntl} on
 * Linux) for as long as a build writes there, and deleted when the build ends, whatever its
 * outcome. What keeps other builds out is the operating-system lock, not the file: the system
 * drops it when the process dies, so a file left by a killed build is taken over by the next one.
 *
 * <p>Deleting the file at the end is safe only if a build never holds a lock on a file that no
 * longer has the name: a build that opened the file just before another deleted it would lock a
 * nameless file while a third creates and locks a new one. So a build takes the lock only when
 * the name showed the same file (device, inode and date) just before it opened it and just after
 * it locked it, and tries again otherwise; and it deletes the file only while it still holds the
 * lock and the name still shows its file. Nothing is read back through a second descriptor: closing
 * one would drop the process's lock (POSIX semantics).
 *
 * <p>A build stopped by Ctrl-C or {@code kill} (a JVM shutdown) has its owning thread interrupted
 * and is given {@link #SHUTDOWN_GRACE_SECONDS} seconds to stop writing and close this lock, which
 * deletes the file. A build that cannot stop in time, or one killed outright, leaves the file:
 * harmless, because nobody holds a lock on it.
 */
final class OutputLock implements AutoCloseable {
  /** How long a shutdown waits for an interrupted build to stop writing and remove its lock file. */
  static final int SHUTDOWN_GRACE_SECONDS = 5;
  /** Each retry means another build removed or created the file between two looks at it. */
  private static final int ATTEMPTS = 5;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Identity identity;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread shutdownHook;

  private OutputLock(Path file, FileChannel channel, FileLock lock, Identity identity) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.identity = identity;
    Thread owner = Thread.currentThread();
    this.shutdownHook = new Thread(() -> stopOwner(owner), "figsite-lock-release");
  }

  /** Which file a name shows: the file key (device and inode) and the date, which a holder never changes. */
  private record Identity(Object fileKey, FileTime modified) {
    static Optional<Identity> of(Path file) throws IOException {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return Optional.of(new Identity(a.fileKey(), a.lastModifiedTime()));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * Takes the lock, creating the file if needed; empty when another build holds it.
   *
   * @throws IOException when the file cannot be created or opened
   */
  static Optional<OutputLock> take(Path file) throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Identity> before = Identity.of(file);
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (IOException | OverlappingFileLockException e) {
        lock = null; // as the system reports a lock held elsewhere, or this JVM holds it
      }
      if (lock == null) {
        closeQuietly(ch);
        return Optional.empty();
      }
      Optional<Identity> after;
      try {
        after = Identity.of(file);
      } catch (IOException e) {
        release(lock, ch);
        throw e;
      }
      if (before.isPresent() && before.equals(after)) {
        OutputLock taken = new OutputLock(file, ch, lock, after.get());
        Runtime.getRuntime().addShutdownHook(taken.shutdownHook);
        return Optional.of(taken);
      }
      // Created just now, or replaced by another build between the two looks: look again.
      release(lock, ch);
    }
    return Optional.empty();
  }

  /** In a JVM shutdown: asks the build to stop and waits a little for it to close this lock. */
  private void stopOwner(Thread owner) {
    owner.interrupt();
    try {
      closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Deletes the lock file if the name still shows this build's file, then releases the lock. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running and waits for this close.
    }
    try {
      if (Identity.of(file).equals(Optional.of(identity))) Files.delete(file);
    } catch (IOException e) {
      // Left in place: a lock file that nobody holds a lock on stops no build; the next one takes it over.
    }
    release(lock, channel);
    closed.countDown();
  }

  private static void release(FileLock lock, FileChannel ch) {
    try {
      lock.release();
    } catch (IOException e) {
      // released when the channel closes
    }
    closeQuietly(ch);
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
