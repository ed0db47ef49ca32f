package org.figsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
  @TempDir Path project;
  SourceWatcher watcher;
  Thread thread;
  final BlockingQueue<Long> changes = new LinkedBlockingQueue<>();

  void watch(List<Path> sources, List<Path> ignored) throws Exception {
    watcher = new SourceWatcher(sources, ignored, DevServer.DEBOUNCE);
    thread = new Thread(() -> watcher.watch(() -> changes.add(System.nanoTime())));
    thread.setDaemon(true);
    thread.start();
  }

  @AfterEach
  void stop() throws Exception {
    watcher.close();
    thread.join(10_000);
  }

  @Test
  void reportsABurstOfChangesOnce() throws Exception {
    Path content = Files.createDirectories(project.resolve("content/figures"));
    watch(List.of(project.resolve("content")), List.of());
    for (int i = 0; i < 20; i++) Files.writeString(content.resolve("F" + i + ".md"), "x");
    assertThat(changes.poll(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(changes.poll(1, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void watchesASingleFileButNotItsSiblings() throws Exception {
    Path config = Files.writeString(project.resolve("figsite.yml"), "title: T\n");
    watch(List.of(config), List.of());
    Files.writeString(project.resolve("notes.txt"), "unrelated");
    assertThat(changes.poll(1, TimeUnit.SECONDS)).isNull();
    Files.writeString(config, "title: U\n");
    assertThat(changes.poll(10, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void noticesASourceFolderCreatedAfterStart() throws Exception {
    watch(List.of(project.resolve("templates")), List.of());
    Files.createDirectories(project.resolve("templates"));
    assertThat(changes.poll(10, TimeUnit.SECONDS)).isNotNull();
    Files.writeString(project.resolve("templates/figure.ftlh"), "x");
    assertThat(changes.poll(10, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void ignoresTheOutputFolderAndHiddenOrBackupFilesInsideASource() throws Exception {
    // As with --content . : the output folder and the build's hidden staging folder lie inside the source.
    Path output = Files.createDirectories(project.resolve("site-output"));
    Path staging = Files.createDirectories(project.resolve(".site-output.figsite-staging/figures"));
    watch(List.of(project), List.of(output));
    Files.writeString(output.resolve("index.html"), "x");
    Files.createDirectories(output.resolve("figures"));
    Files.writeString(staging.resolve("X.html"), "x");
    Files.writeString(project.resolve(".X.md.swp"), "x");
    Files.writeString(project.resolve("X.md~"), "x");
    assertThat(changes.poll(1, TimeUnit.SECONDS)).isNull();
    Files.writeString(project.resolve("X.md"), "x");
    assertThat(changes.poll(10, TimeUnit.SECONDS)).isNotNull();
  }
}
