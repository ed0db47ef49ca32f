package org.figsite.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes take and drop one output's lock as fast as they can. Each build deletes the
 * lock file when it ends, so a process that opened the old file just before may lock a file that
 * no longer has the name while another creates a new one: the lock must still let in one
 * process at a time. A holder proves it is alone by creating a file no other holder may have.
 */
class OutputLockRaceIT {
  static final int PROCESSES = 4;
  static final int ROUNDS = 2000;

  @TempDir Path dir;

  @Test
  void processesTakingAndDeletingTheLockNeverHoldItTogether() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> ps = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      ps.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OutputLockRaceIT.class.getName(),
          dir.toString(), Integer.toString(ROUNDS))
          .redirectErrorStream(true).redirectOutput(dir.resolve("p" + i + ".log").toFile()).start());
    }
    // All start at once, after their JVMs have started.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (countReady() < PROCESSES && System.nanoTime() < deadline) Thread.sleep(5);
    Files.createFile(dir.resolve("go"));
    int held = 0;
    for (int i = 0; i < PROCESSES; i++) {
      Process p = ps.get(i);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(dir.resolve("p" + i + ".log"));
      assertThat(p.exitValue()).as(log).isZero();
      held += Integer.parseInt(log.strip());
    }
    System.out.printf("lock race: %d processes x %d rounds, lock held %d times%n", PROCESSES, ROUNDS, held);
    assertThat(held).as("the processes did take the lock").isGreaterThanOrEqualTo(100);
    assertThat(dir.resolve(".out.figsite-lock")).doesNotExist();
  }

  private long countReady() throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("ready-")).count();
    }
  }

  /** One racing process: prints how often it held the lock; exits 3 if it met another holder. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Path lockFile = dir.resolve(".out.figsite-lock");
    Path alone = dir.resolve("holder");
    Files.createFile(dir.resolve("ready-" + ProcessHandle.current().pid()));
    while (!Files.exists(dir.resolve("go"))) Thread.onSpinWait();
    int held = 0;
    for (int r = 0; r < rounds; r++) {
      Optional<OutputLock> lock = OutputLock.take(lockFile);
      if (lock.isEmpty()) continue;
      try (OutputLock l = lock.get()) {
        try {
          Files.createFile(alone);
        } catch (FileAlreadyExistsException e) {
          System.out.println("two holders at once");
          System.exit(3);
        }
        held++;
        Thread.onSpinWait();
        Files.delete(alone);
      }
    }
    System.out.println(held);
  }
}
