package org.figsite.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to run this figsite again from a shell, so that the commands figsite prints (init's "Next:")
 * work exactly as printed: {@code figsite} when that name on the PATH is the launcher that started
 * this JVM, else the launcher's own path, else {@code java -jar} with the jar.
 */
final class Launcher {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

  private Launcher() {}

  static String command(Distribution self) {
    return command(self, System.getenv("FIGSITE_LAUNCHER"), System.getenv("PATH"));
  }

  /**
   * @param launcher the path the launcher script exports as {@code FIGSITE_LAUNCHER}, or null when
   *     figsite was started without it
   */
  static String command(Distribution self, String launcher, String path) {
    if (launcher != null && !launcher.isEmpty()) {
      Path script = Path.of(launcher);
      return onPath("figsite", path).filter(p -> sameFile(p, script)).isPresent() ? "figsite" : quote(launcher);
    }
    if (self.jar().isPresent()) return "java -jar " + quote(self.jar().get().toAbsolutePath().toString());
    return "figsite"; // run from a classes folder, in development: nothing better to print
  }

  /** The first executable of that name in the PATH's folders, as a shell finds it. */
  static Optional<Path> onPath(String name, String path) {
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator, -1)) {
      Path p = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** A word for a POSIX shell: as it is when it needs no quoting, else in single quotes. */
  static String quote(String word) {
    if (PLAIN.matcher(word).matches()) return word;
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
