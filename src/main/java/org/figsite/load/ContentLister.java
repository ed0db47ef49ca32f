package org.figsite.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.figsite.cache.SourceStamp;

/** Lists the Markdown files of a content folder in a fixed (sorted) order. */
public final class ContentLister {
  private ContentLister() {}

  /** A record file and its stamp. */
  public record Stamped(Path path, SourceStamp stamp) {}

  /**
   * The {@code *.md} files directly in {@code dir} with their size and date, sorted by name; empty
   * when the folder does not exist. One directory read and one stat per file: an incremental build
   * of 100,000 records starts with this.
   */
  public static List<Stamped> stampedMarkdownFiles(Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.md")) {
      for (Path p : ds) paths.add(p);
    } catch (NoSuchFileException e) {
      return List.of();
    }
    // One stat per file, on all cores: at 100,000 records this is most of a no-change build.
    Stamped[] stamped = new Stamped[paths.size()];
    IOException[] failed = new IOException[1];
    java.util.stream.IntStream.range(0, paths.size()).parallel().forEach(i -> {
      Path p = paths.get(i);
      try {
        java.nio.file.attribute.BasicFileAttributes a =
            Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        if (a.isRegularFile()) {
          stamped[i] = new Stamped(p, new SourceStamp(p.getFileName().toString(), a.size(),
              a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
      } catch (NoSuchFileException e) {
        // removed while listing: not part of this build
      } catch (IOException e) {
        synchronized (failed) {
          failed[0] = e;
        }
      }
    });
    if (failed[0] != null) throw failed[0];
    List<Stamped> out = new ArrayList<>(stamped.length);
    for (Stamped s : stamped) if (s != null) out.add(s);
    out.sort((a, b) -> a.stamp().name().compareTo(b.stamp().name()));
    return out;
  }

  /** The {@code *.md} files directly in {@code dir}, sorted by name; empty when it does not exist. */
  public static List<Path> markdownFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.md")) {
      for (Path p : ds) {
        if (Files.isRegularFile(p)) out.add(p);
      }
    } catch (NoSuchFileException e) {
      return out;
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }
}
