package org.figsite.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lists the Markdown files of a content folder in a fixed (sorted) order; records are {@link RecordFiles}. */
public final class ContentLister {
  private ContentLister() {}

  /**
   * The {@code *.md} files directly in {@code dir}, sorted by name; empty when it does not exist.
   * Links that leave the content folder are listed too: the reader refuses them ({@link ContentLinks}).
   */
  public static List<Path> markdownFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.md")) {
      for (Path p : ds) {
        if (Files.isRegularFile(p) || ContentLinks.leavesContent(p, dir)) out.add(p);
      }
    } catch (NoSuchFileException e) {
      return out;
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }
}
