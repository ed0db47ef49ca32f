package org.figsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.figsite.diag.Problem;
import org.figsite.diag.SourcePos;

/**
 * The rule for symbolic links in the content folder: a record or page may be a link to a file
 * inside the content folder, and is then read like any other; a link that leads outside it (to a
 * repository's {@code .git/config}, say) is an error naming the link, and its target is never read.
 */
public final class ContentLinks {
  private ContentLinks() {}

  /** The content folder, as a real path, of a folder of records or pages directly inside it. */
  static Path contentFolderOf(Path dir) {
    Path parent = dir.toAbsolutePath().normalize().getParent();
    try {
      return parent.toRealPath();
    } catch (IOException e) {
      return parent;
    }
  }

  /** Whether {@code file}, a record or page in {@code dir}, is a link that leads outside the content folder. */
  public static boolean leavesContent(Path file, Path dir) {
    return Files.isSymbolicLink(file) && !staysInside(file, contentFolderOf(dir));
  }

  /** The error for a record or page, shown as {@code display}, that is a link leading outside the content folder. */
  public static Problem leftContent(String display) {
    return Problem.error(SourcePos.ofFile(display), "symbolic link to a file outside the content folder")
        .withHint("copy the file into the content folder: links are followed only to files inside it");
  }

  /** Whether the link's final target lies inside {@code content}; a dangling link does not leave it. */
  static boolean staysInside(Path link, Path content) {
    try {
      return link.toRealPath().startsWith(content);
    } catch (IOException e) {
      return true; // dangling: not a regular file, so not read at all
    }
  }
}
