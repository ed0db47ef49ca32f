package org.figsite.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.SourcePos;

/**
 * The output folder and its siblings: a lock file ({@link OutputLock}, there only while a build
 * runs), a staging folder the new site is built in, and (only during a non-atomic swap) the old
 * site. The only code that changes the output folder.
 *
 * <p>A build writes everything into the staging folder and then swaps it with the output folder
 * in one atomic step, so a failed or killed build leaves the previous site exactly as it was.
 */
public final class OutputFolder implements AutoCloseable {
  /** Written into every output folder, so figsite never replaces a folder it did not make. */
  public static final String MARKER = ".figsite";
  /** How long a shutdown (Ctrl-C) waits for an interrupted build to stop writing and remove its lock file. */
  public static final int SHUTDOWN_GRACE_SECONDS = OutputLock.SHUTDOWN_GRACE_SECONDS;

  private final Path output;
  private final OutputLock lock;

  private OutputFolder(Path output, OutputLock lock) {
    this.output = output;
    this.lock = lock;
  }

  /** A problem with the output folder itself. */
  public static final class Refused extends ProblemException {
    private static final long serialVersionUID = 1L;

    Refused(Problem problem) {
      super(problem);
    }
  }

  /** Locks the output folder against other builds, finishes or undoes an interrupted swap, and checks it is ours. */
  public static OutputFolder open(Path output, String display) throws Refused {
    Path abs = output.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent == null) throw refused(display, "cannot build into the file system root", "");
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw refused(display, "cannot create the folder above the output: " + IoReason.of(e), "");
    }
    Path lockFile = sibling(abs, "lock");
    Optional<OutputLock> lock;
    try {
      lock = OutputLock.take(lockFile);
    } catch (AccessDeniedException e) {
      throw refused(display, "cannot create lock file " + lockFile.getFileName() + ": " + IoReason.about(e, lockFile),
          "the lock file is made beside the output folder: make " + parent
              + " writable, or build into a folder you can write (--output)");
    } catch (IOException e) {
      throw refused(display, "cannot create lock file " + lockFile.getFileName() + ": " + IoReason.about(e, lockFile),
          "move away whatever is at " + lockFile + " (figsite's lock file is made there)");
    }
    if (lock.isEmpty()) {
      throw refused(display, "another figsite build, or figsite serve rebuilding, is writing to this folder (lock " + lockFile + ")",
          "wait for it to finish, then build again");
    }
    OutputFolder f = new OutputFolder(abs, lock.get());
    try {
      f.recover();
      checkOwnership(abs, display);
    } catch (Refused e) {
      f.close();
      throw e;
    } catch (IOException e) {
      f.close();
      throw refused(display, "cannot prepare the output folder: " + IoReason.of(e), "");
    }
    return f;
  }

  /** The output folder (absolute). */
  public Path path() {
    return output;
  }

  /**
   * Identifies the output folder as figsite last left it: the date of its marker, which figsite
   * sets to a whole second of its own choosing whenever a build changes the folder ({@link
   * #restamp}). A cache made for another folder (another build's, an older copy restored from a
   * backup, one copied without its dates) does not match, so its pages are not trusted; a copy that
   * keeps dates (tar, {@code cp -p}, a CI cache restored together with the build cache) does, so
   * an incremental build can go on from it. Whole seconds, because some archivers keep no more.
   */
  public String identity() {
    try {
      FileTime t = Files.getLastModifiedTime(output.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
      return identityOf(t);
    } catch (IOException e) {
      return "none";
    }
  }

  /** Fixed width, so a cache can record a new identity in place. */
  private static String identityOf(FileTime t) {
    return String.format(java.util.Locale.ROOT, "marker-%020d", t.to(TimeUnit.NANOSECONDS));
  }

  /**
   * Gives the marker a new date after a build changed the folder in place, so that a copy of the
   * folder made before this build no longer matches the cache. Returns the new {@link #identity}.
   */
  public String restamp() throws IOException {
    Path marker = output.resolve(MARKER);
    FileTime t = nextStamp(Files.getLastModifiedTime(marker, LinkOption.NOFOLLOW_LINKS));
    Files.setLastModifiedTime(marker, t);
    return identityOf(t);
  }

  /** Now in whole seconds, or a second after {@code previous} if that is later. */
  private static FileTime nextStamp(FileTime previous) {
    long now = System.currentTimeMillis() / 1000;
    return FileTime.from(Math.max(now, previous.to(TimeUnit.SECONDS) + 1), TimeUnit.SECONDS);
  }

  /**
   * A fresh, empty staging folder beside the output, or none: a failure here (Ctrl-C interrupts
   * the marker's write, which goes through an interruptible channel) removes the folder again,
   * since the caller has no tree to throw away.
   */
  public OutputTree createStaging() throws IOException {
    Path staging = sibling(output, "staging");
    Trees.deleteRecursively(staging);
    Files.createDirectories(staging);
    try {
      return markedStaging(staging);
    } catch (IOException | RuntimeException e) {
      try {
        Trees.deleteRecursively(staging);
      } catch (IOException again) {
        e.addSuppressed(again); // left for the next build, which deletes it first
      }
      throw e;
    }
  }

  private OutputTree markedStaging(Path staging) throws IOException {
    OutputTree tree = OutputTree.staging(staging);
    tree.write("/" + MARKER, "figsite output folder: figsite may replace everything in it.\n");
    FileTime previous = FileTime.fromMillis(0);
    try {
      previous = Files.getLastModifiedTime(output.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      // no previous site: any date will do
    }
    Files.setLastModifiedTime(staging.resolve(MARKER), nextStamp(previous));
    return tree;
  }

  /**
   * Makes the staged site the output, atomically where the system allows. Fails before the swap
   * when the old site could not be removed after it (its folder or one of its top-level folders
   * is not writable): a build never publishes what it cannot finish.
   */
  public void publish(OutputTree staged) throws IOException {
    Path staging = staged.root();
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    requireRemovable(output);
    if (DirectorySwap.exchange(staging, output)) {
      throwAway(staging, staged.fileCount()); // now the old site
      return;
    }
    // No atomic exchange here: two renames, with recover() undoing a half-done swap.
    Path old = sibling(output, "old");
    Trees.deleteRecursively(old);
    Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    throwAway(old, staged.fileCount());
  }

  /** The published site's folder and its top-level folders must be writable for it to be thrown away. */
  private static void requireRemovable(Path site) throws IOException {
    List<Path> dirs = new ArrayList<>();
    dirs.add(site);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(site)) {
      for (Path p : ds) if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) dirs.add(p);
    }
    for (Path d : dirs) {
      if (!Files.isWritable(d)) {
        throw new AccessDeniedException(d.toString(), null,
            "folder is not writable, so the previous site in it could not be replaced");
      }
    }
  }

  /** Sites above this many files are deleted by a separate process, after the build has returned. */
  static final long DETACHED_DELETE_FILES = 20_000;

  /**
   * Deletes the replaced site. Deleting hundreds of thousands of files takes longer than building
   * them on some file systems, and the new site is already published: a big old site is renamed
   * to a trash folder and removed by an {@code rm -rf} that outlives this process (the next build
   * finishes the job if it did not). Small ones are deleted here.
   */
  private void throwAway(Path oldSite, long approxFiles) throws IOException {
    if (approxFiles >= DETACHED_DELETE_FILES) {
      Path trash = sibling(output, "trash-" + System.nanoTime());
      try {
        Files.move(oldSite, trash, StandardCopyOption.ATOMIC_MOVE);
        new ProcessBuilder("rm", "-rf", "--", trash.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        return;
      } catch (IOException e) {
        oldSite = Files.exists(trash, LinkOption.NOFOLLOW_LINKS) ? trash : oldSite;
      }
    }
    Trees.deleteRecursively(oldSite);
  }

  /** Throws away a staged site after a failed build. */
  public void discard(OutputTree staged) {
    try {
      Trees.deleteRecursively(staged.root());
    } catch (IOException e) {
      // Left for the next build's recover() to remove.
    }
  }

  /**
   * For a reader of the output folder ({@code figsite check}): finishes an incremental build's
   * commit that a killed run left half done, taking the lock to do it. Does nothing (and takes no
   * lock) when there is none.
   */
  public static void finishInterruptedCommit(Path output, String display) throws Refused {
    if (!SiteChanges.interrupted(output.toAbsolutePath().normalize())) return;
    open(output, display).close();
  }

  private void recover() throws IOException {
    // An incremental build killed while renaming its files into place: finish it first.
    SiteChanges.finishInterrupted(output);
    Path old = sibling(output, "old");
    Path staging = sibling(output, "staging");
    if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(old, output, StandardCopyOption.ATOMIC_MOVE); // interrupted between the renames
      } else {
        Trees.deleteRecursively(old);
      }
    }
    Trees.deleteRecursively(staging);
    // Trash left by an earlier build's detached delete that did not finish (or is still running:
    // both deletions tolerate each other).
    String prefix = "." + output.getFileName() + ".figsite-trash-";
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(output.getParent(), prefix + "*")) {
      for (Path t : ds) {
        try {
          Trees.deleteRecursively(t);
        } catch (IOException e) {
          // still being removed; the next build tries again
        }
      }
    }
  }

  /** Refuses a folder figsite did not make, unless it is empty (a {@code .gitkeep} aside). */
  private static void checkOwnership(Path output, String display) throws Refused, IOException {
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) return;
    if (Files.isSymbolicLink(output) || !Files.isDirectory(output)) {
      throw refused(display, "the output path exists and is not a folder", "choose another --output");
    }
    if (Files.exists(output.resolve(MARKER))) return;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(output)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (!n.equals(".gitkeep")) {
          throw refused(display, "refusing to replace a folder that figsite did not create and that is not empty",
              "choose an empty or new folder for --output, or delete this one yourself");
        }
      }
    }
  }

  private static Path sibling(Path output, String what) {
    return output.resolveSibling("." + output.getFileName() + ".figsite-" + what);
  }

  private static Refused refused(String display, String message, String hint) {
    return new Refused(Problem.error(SourcePos.ofFile(display), message).withHint(hint));
  }

  /** Releases the lock and deletes the lock file ({@link OutputLock#close}). */
  @Override
  public void close() {
    lock.close();
  }
}
