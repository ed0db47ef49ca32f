package org.figsite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared corpora of real PFOCR records ({@code pfocr-current}, {@code pfocr-real}): in
 * the folder named by the system property {@code figsite.corpus}, else in {@code shared/corpus/}
 * beside the repository or one of its parent folders (a worktree sits one level deeper than the
 * main checkout). Tests skip when a corpus is not on the machine.
 */
public final class Corpora {
  public static final String PROPERTY = "figsite.corpus";

  private Corpora() {}

  public static Optional<Path> find(String name) {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured).resolve(name);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared").resolve("corpus").resolve(name);
      if (Files.isDirectory(p)) return Optional.of(p);
    }
    return Optional.empty();
  }
}
