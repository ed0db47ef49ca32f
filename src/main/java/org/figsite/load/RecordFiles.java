package org.figsite.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The record files of a content folder ({@code *.md} directly in it), or its data files ({@code
 * *.tsv}), sorted by name, each with its size and modification time ({@link FileStamps}), and
 * where each is.
 */
public final class RecordFiles extends FileStamps {
  private final Path dir;
  /**
   * The few files whose name, as text, does not lead back to them (bytes that are not valid in
   * the platform's encoding): their paths as listed.
   */
  private final Map<String, Path> unmappable;
  /** Names of symbolic links to files outside the content folder: not records, but errors. */
  private final List<String> linksOutside;

  private RecordFiles(Path dir, PackedStrings names, long[] sizes, long[] mtimes, Map<String, Path> unmappable,
      List<String> linksOutside) {
    super(names, sizes, mtimes);
    this.dir = dir;
    this.unmappable = unmappable;
    this.linksOutside = linksOutside;
  }

  /** Runs a loop's iterations, in parallel, on the build's worker threads. */
  public interface Loop {
    void forEachIndex(int n, IntConsumer body) throws IOException;
  }

  /** A loop on the calling thread alone. */
  public static final Loop SERIAL = (n, body) -> {
    for (int i = 0; i < n; i++) body.accept(i);
  };

  /**
   * Lists and stats the record files ({@code *.md}); none when the folder does not exist. One
   * directory read, then one stat per file on {@code loop}'s threads: at 100,000 records this is
   * most of a one-record rebuild.
   */
  public static RecordFiles list(Path dir, Loop loop) throws IOException {
    return list(dir, ".md", loop);
  }

  /** The files of {@code dir} whose names end with {@code suffix} ({@code .md}, {@code .tsv}), as {@link #list(Path, Loop)}. */
  public static RecordFiles list(Path dir, String suffix, Loop loop) throws IOException {
    Map<String, Path> unmappable = new HashMap<>();
    String[] sorted = names(dir, suffix, unmappable);
    if (sorted == null) {
      return new RecordFiles(dir, new PackedStrings.Builder(0).build(), new long[0], new long[0], Map.of(), List.of());
    }
    Arrays.sort(sorted);
    long[] sizes = new long[sorted.length];
    long[] mtimes = new long[sorted.length];
    boolean[] regular = new boolean[sorted.length];
    boolean[] outside = new boolean[sorted.length];
    IOException[] failed = new IOException[1];
    Path content = ContentLinks.contentFolderOf(dir);
    loop.forEachIndex(sorted.length, i -> {
      Path p = unmappable.getOrDefault(sorted[i], dir.resolve(sorted[i]));
      try {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
          if (!ContentLinks.staysInside(p, content)) {
            outside[i] = true;
            return;
          }
          a = Files.readAttributes(p, BasicFileAttributes.class);
        }
        regular[i] = a.isRegularFile();
        sizes[i] = a.size();
        mtimes[i] = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      } catch (NoSuchFileException e) {
        // removed while listing: not part of this build
      } catch (IOException e) {
        synchronized (failed) {
          failed[0] = e;
        }
      }
    });
    if (failed[0] != null) throw failed[0];
    PackedStrings.Builder names = new PackedStrings.Builder(sorted.length);
    List<String> linksOutside = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (outside[i]) linksOutside.add(sorted[i]);
      if (!regular[i]) continue;
      names.add(sorted[i]);
      sizes[n] = sizes[i];
      mtimes[n] = mtimes[i];
      n++;
    }
    return new RecordFiles(dir, names.build(), Arrays.copyOf(sizes, n), Arrays.copyOf(mtimes, n), unmappable,
        linksOutside);
  }

  /**
   * The names in {@code dir} that end with {@code suffix}, unsorted; null when the folder does not
   * exist. Through {@link #plainNames} when it can be trusted, else through a directory stream,
   * which puts the path of each file whose name does not lead back to it into {@code unmappable}.
   */
  private static String[] names(Path dir, String suffix, Map<String, Path> unmappable) throws IOException {
    String[] plain = plainNames(dir, suffix);
    if (plain != null) return plain;
    List<String> listed = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + suffix)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        listed.add(name);
        if (!dir.resolve(name).equals(p)) unmappable.put(name, p);
      }
    } catch (NoSuchFileException e) {
      return null;
    }
    return listed.toArray(new String[0]);
  }

  /** The names of symbolic links whose target is outside the content folder; they are not records. */
  public List<String> linksOutside() {
    return linksOutside;
  }

  /**
   * The {@code *.md} names through {@code File.list}, which reads the folder in native code: a
   * third of the time of a {@code DirectoryStream} that makes a path per entry. Null when that
   * cannot be trusted: the folder is missing or unreadable (the caller's listing then says why),
   * or a name may not lead back to its file, because bytes the platform encoding cannot decode came
   * back as {@code '?'} or U+FFFD.
   */
  private static String[] plainNames(Path dir, String suffix) {
    String[] all;
    try {
      all = dir.toFile().list();
    } catch (UnsupportedOperationException e) {
      return null; // not the default file system
    }
    if (all == null) return null;
    int n = 0;
    for (String name : all) {
      if (!name.endsWith(suffix)) continue;
      if (name.indexOf('?') >= 0 || name.indexOf('\uFFFD') >= 0) return null;
      all[n++] = name;
    }
    return Arrays.copyOf(all, n);
  }

  /** The index of the file named {@code name}, or -1: a binary search of the sorted names. */
  public int find(String name) {
    int lo = 0;
    int hi = count() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = names.get(mid).compareTo(name);
      if (c == 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  public Path path(int i) {
    String name = names.get(i);
    Path odd = unmappable.get(name);
    return odd != null ? odd : dir.resolve(name);
  }
}
