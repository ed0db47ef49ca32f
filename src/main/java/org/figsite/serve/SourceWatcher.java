package org.figsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the build's sources (folders, recursively, and single files such as the configuration)
 * and reports each burst of changes once, after things have been quiet for a moment, so that an
 * editor saving several files, or saving through a temporary file, causes one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {
  private final WatchService service;
  private final List<Path> sources;
  private final List<Path> ignored;
  private final Duration quiet;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

  /**
   * Starts watching at once, so a change made after this returns is never missed.
   *
   * @param sources folders and files; each may be missing now and appear later
   * @param ignored folders whose changes never count, though they may lie in a source: the
   *     output folder, which every build replaces (else {@code --content .} would rebuild forever)
   * @param quiet how long without changes ends a burst
   */
  public SourceWatcher(List<Path> sources, List<Path> ignored, Duration quiet) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.sources = sources.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.quiet = quiet;
    for (Path s : this.sources) {
      // The folder holding a source shows it being created, deleted or replaced by an editor's rename.
      Path parent = s.getParent();
      if (parent != null && Files.isDirectory(parent)) register(parent);
      if (Files.isDirectory(s)) registerTree(s);
    }
  }

  /** Blocks, calling onChange once per burst of changes, until the watcher is closed or the thread interrupted. */
  public void watch(Runnable onChange) {
    try {
      while (true) {
        boolean changed = handle(service.take());
        WatchKey more;
        while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) changed |= handle(more);
        if (changed) onChange.run();
      }
    } catch (ClosedWatchServiceException e) {
      // closed: the server is stopping
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  /** Reads one folder's events; true if any of them touched a source. */
  private boolean handle(WatchKey key) {
    Path folder = folders.get(key);
    boolean changed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        // Events were lost: assume everything changed and pick up any new folders.
        sources.stream().filter(Files::isDirectory).forEach(this::registerTree);
        changed = true;
        continue;
      }
      if (folder == null) continue;
      Path changedPath = folder.resolve((Path) event.context());
      if (!isSource(changedPath)) continue;
      changed = true;
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(changedPath)) registerTree(changedPath);
    }
    if (!key.reset()) folders.remove(key);
    return changed;
  }

  /**
   * Whether a path is a source or lies in one. Hidden and backup files and folders inside a source
   * (an editor's swap files, ".DS_Store", the build's own staging folders) are not: the build
   * ignores them, and vim rewrites its swap file every few seconds while you type.
   */
  private boolean isSource(Path p) {
    if (ignored.stream().anyMatch(p::startsWith)) return false;
    for (Path s : sources) {
      if (p.equals(s)) return true;
      if (p.startsWith(s)) {
        for (Path name : s.relativize(p)) if (isScratch(name.toString())) return false;
        return true;
      }
    }
    return false;
  }

  private static boolean isScratch(String name) {
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx");
  }

  private void registerTree(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(root) && !isSource(dir)) return FileVisitResult.SKIP_SUBTREE;
          register(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // deleted while we walked: nothing there to watch
        }
      });
    } catch (IOException e) {
      // The folder went away before it could be watched; its deletion is itself a change we saw.
    }
  }

  private void register(Path dir) throws IOException {
    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
  }
}
