package org.figsite.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path dir;

  @Test
  void refusesToReplaceAFolderItDidNotCreate() throws Exception {
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("thesis.tex"), "precious");
    assertThatThrownBy(() -> OutputFolder.open(home, "home"))
        .hasMessageContaining("refusing to replace a folder that figsite did not create");
    assertThat(home.resolve("thesis.tex")).hasContent("precious");
  }

  @Test
  void letsOnlyOneBuildWriteAtATime() throws Exception {
    Path out = dir.resolve("site-output");
    try (OutputFolder first = OutputFolder.open(out, "site-output")) {
      assertThatThrownBy(() -> OutputFolder.open(out, "site-output"))
          .hasMessageContaining("another figsite build, or figsite serve rebuilding, is writing to this folder");
      assertThat(lockFile()).as("a refused build leaves the running one's lock").exists();
      assertThatThrownBy(() -> OutputFolder.open(out, "site-output"))
          .hasMessageContaining("another figsite build, or figsite serve rebuilding, is writing to this folder");
    }
    OutputFolder.open(out, "site-output").close();
  }

  @Test
  void removesItsLockFileWhenClosed() throws Exception {
    Path out = dir.resolve("site-output");
    try (OutputFolder f = OutputFolder.open(out, "site-output")) {
      assertThat(lockFile()).exists();
    }
    assertThat(lockFile()).doesNotExist();
  }

  @Test
  void removesItsLockFileWhenTheBuildThrows() {
    Path out = dir.resolve("site-output");
    assertThatThrownBy(() -> {
      try (OutputFolder f = OutputFolder.open(out, "site-output")) {
        f.createStaging();
        throw new IllegalStateException("a bug mid-build");
      }
    }).hasMessage("a bug mid-build");
    assertThat(lockFile()).doesNotExist();
  }

  @Test
  void aStagingFolderWhoseCreationIsInterruptedIsRemoved() throws Exception {
    // Ctrl-C as the staging folder appears: the marker's write fails on the interrupted thread,
    // and the caller, given no tree, has nothing to throw away (this once left the folder behind).
    Path out = dir.resolve("site-output");
    try (OutputFolder f = OutputFolder.open(out, "site-output")) {
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(f::createStaging).isInstanceOf(IOException.class);
      } finally {
        Thread.interrupted();
      }
      assertThat(dir.resolve(".site-output.figsite-staging")).doesNotExist();
    }
  }

  @Test
  void takesOverAndRemovesALockFileLeftByAKilledBuild() throws Exception {
    Path out = dir.resolve("site-output");
    Files.writeString(lockFile(), "");
    try (OutputFolder f = OutputFolder.open(out, "site-output")) {
      assertThatThrownBy(() -> OutputFolder.open(out, "site-output"))
          .hasMessageContaining("another figsite build, or figsite serve rebuilding, is writing to this folder");
    }
    assertThat(lockFile()).doesNotExist();
  }

  @Test
  void leavesAnotherBuildsLockFileWhenItsOwnWasDeletedUnderIt() throws Exception {
    Path out = dir.resolve("site-output");
    OutputFolder first = OutputFolder.open(out, "site-output");
    Files.delete(lockFile()); // by hand, while the first build runs
    try (OutputFolder second = OutputFolder.open(out, "site-output")) {
      first.close();
      assertThat(lockFile()).as("the second build's lock file").exists();
      assertThatThrownBy(() -> OutputFolder.open(out, "site-output"))
          .hasMessageContaining("another figsite build, or figsite serve rebuilding, is writing to this folder");
    }
    assertThat(lockFile()).doesNotExist();
  }

  /** Publishes a site of one page into {@code out}, the way a build does: stage, then swap. */
  private static void publishOnePage(Path out, String page, String text) throws IOException, OutputFolder.Refused {
    try (OutputFolder f = OutputFolder.open(out, "site-output")) {
      OutputTree t = f.createStaging();
      t.write(page, text);
      f.publish(t);
    }
  }

  private Path lockFile() {
    return dir.resolve(".site-output.figsite-lock");
  }

  @Test
  void publishesByReplacingTheWholeFolder() throws Exception {
    Path out = dir.resolve("site-output");
    publishOnePage(out, "/old.html", "old");
    publishOnePage(out, "/new.html", "new");
    assertThat(out.resolve("new.html")).hasContent("new");
    assertThat(out.resolve("old.html")).doesNotExist();
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site-output");
    }
  }

  @Test
  void restoresThePreviousSiteAfterAnInterruptedSwap() throws Exception {
    Path out = dir.resolve("site-output");
    Path old = dir.resolve(".site-output.figsite-old");
    Files.createDirectories(old);
    Files.writeString(old.resolve(OutputFolder.MARKER), "");
    Files.writeString(old.resolve("index.html"), "previous");
    OutputFolder.open(out, "site-output").close();
    assertThat(out.resolve("index.html")).hasContent("previous");
    assertThat(old).doesNotExist();
  }

  @Test
  void neverWritesOutsideTheFolder() throws Exception {
    OutputTree t = OutputTree.staging(dir.resolve("o"));
    assertThatThrownBy(() -> t.write("/../escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.write("relative.html", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("escape.html")).doesNotExist();
  }

  @Test
  void removesABigReplacedSiteInTheBackgroundAndLeavesNoTrash() throws Exception {
    Path out = dir.resolve("site-output");
    publishOnePage(out, "/old.html", "old");
    try (OutputFolder f = OutputFolder.open(out, "site-output")) {
      OutputTree t = f.createStaging();
      for (int i = 0; i < OutputFolder.DETACHED_DELETE_FILES; i++) t.write("/p/" + (i % 100) + "/" + i + ".html", new byte[0]);
      f.publish(t);
      // Published at once: the old site is gone from the output, whatever the deleting process does.
      assertThat(out.resolve("old.html")).doesNotExist();
      assertThat(out.resolve("p/7/7.html")).exists();
    }
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (var s = Files.list(dir)) {
        if (s.noneMatch(p -> p.getFileName().toString().contains("figsite-trash"))) break;
      }
      Thread.sleep(100);
    }
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site-output");
    }
  }
}
