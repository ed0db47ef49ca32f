package org.figsite.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * An I/O error as one line with the operating system's reason: the JDK's {@code
 * AccessDeniedException} and its kin carry only the path as their message.
 */
public final class IoReason {
  private IoReason() {}

  public static String of(IOException e) {
    if (e instanceof FileSystemException f) {
      String reason = f.getReason() != null ? f.getReason() : reasonOf(f);
      String where = f.getFile() == null ? "" : shortened(f.getFile())
          + (f.getOtherFile() == null ? "" : " -> " + shortened(f.getOtherFile()));
      return where.isEmpty() ? reason : where + ": " + reason;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Like {@link #of}, but only the reason when the error is about {@code path} itself, for messages
   * that have already named it.
   */
  public static String about(IOException e, Path path) {
    if (e instanceof FileSystemException f && f.getOtherFile() == null && f.getFile() != null
        && Path.of(f.getFile()).equals(path)) {
      return f.getReason() != null ? f.getReason() : reasonOf(f);
    }
    return of(e);
  }

  /**
   * A path fit for one line: a name of over 64 characters keeps its first and last 16 around an
   * ellipsis, and of a run of such names only the first and the last are shown.
   */
  static String shortened(String path) {
    String[] names = path.split("/", -1);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String n = names[i];
      if (n.length() <= 64) {
        out.add(n);
        continue;
      }
      out.add(n.substring(0, 16) + "…" + n.substring(n.length() - 16));
      int last = i;
      while (last + 1 < names.length && names[last + 1].length() > 64) last++;
      if (last > i + 1) out.add("…");
      if (last > i) out.add(names[last].substring(0, 16) + "…" + names[last].substring(names[last].length() - 16));
      i = last;
    }
    return String.join("/", out);
  }

  private static String reasonOf(FileSystemException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof FileAlreadyExistsException) return "already exists";
    if (e instanceof DirectoryNotEmptyException) return "folder not empty";
    if (e instanceof NotDirectoryException) return "not a folder";
    return e.getClass().getSimpleName();
  }
}
