package org.figsite.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The changes an incremental build makes to the published folder, held back until the whole
 * build has succeeded. New and replaced files wait in a pending folder beside the output (on the
 * same file system); deletions wait in a list. Nothing in the published folder changes until
 * {@link #commit}:
 *
 * <ol>
 *   <li>checks that every folder a file goes into can be written;
 *   <li>writes a journal naming every change, and renames it into place: the commit point;
 *   <li>renames each pending file over its target and deletes the files that go away (and the
 *       folders they leave empty).
 * </ol>
 *
 * Then the caller brings its cache up to date and calls {@link #finish}, which removes the
 * journal. A failure before the commit point leaves the published folder byte-identical ({@link
 * #discard}); a run killed after it is finished by the next one ({@link #finishInterrupted}), which
 * also deletes the files the journal names as stale (the build cache, which may describe either
 * side).
 */
public final class SiteChanges {
  private static final String HEADER = "figsite journal 1";
  private static final String END = "end";

  private final Path site;
  private final Path pending;
  private final Path journal;
  /** Site path to its change: true replaces the file with the pending one, false deletes it. */
  private final Map<String, Boolean> changes = new ConcurrentSkipListMap<>();
  private final List<Path> staleAfterInterruption = new ArrayList<>();

  private SiteChanges(Path site) {
    this.site = site;
    this.pending = sibling(site, "pending");
    this.journal = sibling(site, "journal");
  }

  /** Starts a set of changes to the published folder {@code site}, with an empty pending folder. */
  public static SiteChanges begin(Path site) throws IOException {
    SiteChanges c = new SiteChanges(site.toAbsolutePath().normalize());
    Trees.deleteRecursively(c.pending);
    Files.createDirectories(c.pending);
    return c;
  }

  /** The published folder. */
  public Path site() {
    return site;
  }

  /** Where a new version of {@code sitePath} is written before the commit; its folder exists. */
  Path pendingFile(String sitePath) throws IOException {
    Path p = pending.resolve(sitePath.substring(1));
    Files.createDirectories(p.getParent());
    return p;
  }

  /** The file at {@link #pendingFile} replaces the published one at the commit. */
  void replace(String sitePath) {
    changes.put(sitePath, true);
  }

  /** The published file is deleted at the commit. */
  void delete(String sitePath) throws IOException {
    if (Boolean.TRUE.equals(changes.put(sitePath, false))) Files.deleteIfExists(pending.resolve(sitePath.substring(1)));
  }

  /** The published file stays as it is: any change planned for it is dropped. */
  void keep(String sitePath) throws IOException {
    if (Boolean.TRUE.equals(changes.remove(sitePath))) Files.deleteIfExists(pending.resolve(sitePath.substring(1)));
  }

  /** A file to delete if this commit is interrupted and finished by a later run. */
  public void staleIfInterrupted(Path file) {
    staleAfterInterruption.add(file.toAbsolutePath().normalize());
  }

  /** How many files the commit replaces or deletes. */
  public int size() {
    return changes.size();
  }

  /**
   * Checks, writes the journal and applies every change. An exception before the journal is in
   * place leaves the published folder as it was (call {@link #discard}); one after it is an {@link
   * Unfinished}: the journal stays for the next run to finish.
   */
  public void commit() throws IOException {
    checkWritable();
    Path tmp = journal.resolveSibling(journal.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
        Writer w = java.nio.channels.Channels.newWriter(ch, StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      for (Map.Entry<String, Boolean> e : changes.entrySet()) w.write((e.getValue() ? "R " : "D ") + e.getKey() + "\n");
      for (Path p : staleAfterInterruption) w.write("X " + p + "\n");
      w.write(END + "\n");
      w.flush();
      ch.force(true);
    }
    Files.move(tmp, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try {
      apply(site, pending, readJournal(journal));
    } catch (IOException e) {
      throw new Unfinished(e);
    }
  }

  /** After {@link #commit} and whatever the caller keeps in step with the site: removes the journal. */
  public void finish() throws IOException {
    Files.deleteIfExists(journal);
    Trees.deleteRecursively(pending);
  }

  /** Drops every change before the commit point; the published folder was never touched. */
  public void discard() {
    try {
      Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
      Trees.deleteRecursively(pending);
    } catch (IOException e) {
      // The next run's finishInterrupted() removes it: no journal means nothing was committed.
    }
  }

  /** A commit that failed after its commit point; the next figsite run finishes it. */
  public static final class Unfinished extends IOException {
    private static final long serialVersionUID = 1L;

    Unfinished(IOException cause) {
      super(IoReason.of(cause), cause);
    }
  }

  /**
   * Finishes a commit a killed or failed run left behind (its journal is there), or throws away
   * the pending files of one that never reached its commit point. Returns whether a commit was
   * finished. Call it with the output folder locked, before anything else reads or writes it.
   */
  public static boolean finishInterrupted(Path site) throws IOException {
    SiteChanges c = new SiteChanges(site.toAbsolutePath().normalize());
    boolean finished = false;
    if (Files.exists(c.journal, LinkOption.NOFOLLOW_LINKS)) {
      List<String> lines = readJournal(c.journal);
      if (!lines.isEmpty()) {
        apply(c.site, c.pending, lines);
        for (String l : lines) if (l.startsWith("X ")) Files.deleteIfExists(Path.of(l.substring(2)));
        finished = true;
      }
    }
    c.finish();
    Files.deleteIfExists(c.journal.resolveSibling(c.journal.getFileName() + ".tmp"));
    return finished;
  }

  /** Whether an interrupted commit waits to be finished beside {@code site}. */
  public static boolean interrupted(Path site) {
    return Files.exists(new SiteChanges(site.toAbsolutePath().normalize()).journal, LinkOption.NOFOLLOW_LINKS);
  }

  /** The change lines of a whole journal; empty for one without its end line (never committed). */
  private static List<String> readJournal(Path journal) throws IOException {
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) return List.of();
    return lines.subList(1, lines.size() - 1);
  }

  /** Applies a journal's changes; each step may be redone (a finished one is skipped). */
  private static void apply(Path site, Path pending, List<String> lines) throws IOException {
    for (String l : lines) {
      String sitePath = l.substring(2);
      if (l.startsWith("R ")) {
        Path from = pending.resolve(sitePath.substring(1));
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) continue; // moved before an interruption
        Path to = inside(site, sitePath);
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else if (l.startsWith("D ")) {
        Path gone = inside(site, sitePath);
        Files.deleteIfExists(gone);
        removeEmptyFolders(site, gone.getParent());
      }
    }
  }

  private static void removeEmptyFolders(Path site, Path dir) throws IOException {
    while (dir != null && !dir.equals(site) && dir.startsWith(site)) {
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        return;
      }
      dir = dir.getParent();
    }
  }

  /** Every folder a change writes into (or the nearest one that exists) must be writable. */
  private void checkWritable() throws IOException {
    java.util.Set<Path> checked = new java.util.HashSet<>();
    for (String sitePath : changes.keySet()) {
      Path dir = inside(site, sitePath).getParent();
      while (!Files.isDirectory(dir) && dir.startsWith(site)) dir = dir.getParent();
      if (checked.add(dir) && !Files.isWritable(dir)) {
        throw new AccessDeniedException(dir.toString(), null, "folder is not writable");
      }
    }
  }

  private static Path inside(Path site, String sitePath) throws IOException {
    Path p = site.resolve(sitePath.substring(1)).normalize();
    if (!sitePath.startsWith("/") || !p.startsWith(site) || p.equals(site)) {
      throw new IOException("journal names a path outside the site: " + sitePath);
    }
    return p;
  }

  private static Path sibling(Path site, String what) {
    return site.resolveSibling("." + site.getFileName() + ".figsite-" + what);
  }
}
