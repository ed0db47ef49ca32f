package org.figsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {
  @Test
  void oneThreadRunsEveryStepOnOneThread() throws Exception {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    try (Workers workers = new Workers(1)) {
      workers.forEach(1_000, i -> seen.add(Thread.currentThread()));
      workers.forEachOf(new int[] {3, 1, 2}, i -> seen.add(Thread.currentThread()));
      workers.forEachIndex(1_000, i -> seen.add(Thread.currentThread()));
      Workers.Started job = workers.start(() -> seen.add(Thread.currentThread()));
      job.await();
      assertThat(seen).hasSize(1);
      assertThat(seen.iterator().next()).isNotSameAs(Thread.currentThread());
      assertThat(seen.iterator().next().getName()).startsWith("figsite-worker-");
      assertThat(workers.threadsUsed()).isEqualTo(1);
    }
  }

  @Test
  void neverMoreThreadsThanAsked() throws Exception {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    try (Workers workers = new Workers(3)) {
      // Each iteration waits for others to arrive: a pool of three can hold three at a time,
      // and would hold a fourth if it had one.
      CountDownLatch three = new CountDownLatch(3);
      workers.forEach(3, i -> {
        seen.add(Thread.currentThread());
        three.countDown();
        try {
          three.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      workers.forEach(10_000, i -> seen.add(Thread.currentThread()));
      assertThat(seen).hasSize(3);
    }
  }

  @Test
  void theFirstFailureIsRethrownAsItWasAndStopsTheRest() {
    AtomicInteger ran = new AtomicInteger();
    try (Workers workers = new Workers(1)) {
      assertThatThrownBy(() -> workers.forEach(100_000, i -> {
        ran.incrementAndGet();
        if (i == 10) throw new IOException("disk full at " + i);
      })).isInstanceOf(IOException.class).hasMessage("disk full at 10");
      assertThat(ran.get()).isLessThan(100_000);
      assertThatThrownBy(() -> workers.forEachOf(new int[] {1}, i -> {
        throw new java.io.UncheckedIOException(new IOException("sink failed"));
      })).isInstanceOf(IOException.class).hasMessage("sink failed");
      assertThatThrownBy(() -> workers.start(() -> {
        throw new IllegalArgumentException("a bug");
      }).await()).isInstanceOf(IllegalArgumentException.class).hasMessage("a bug");
    }
  }

  @Test
  void aFailedLoopReturnsOnlyAfterTheIterationsRunningHaveFinished() throws Exception {
    AtomicInteger running = new AtomicInteger();
    CountDownLatch slowStarted = new CountDownLatch(1);
    try (Workers workers = new Workers(2)) {
      assertThatThrownBy(() -> workers.forEach(2, i -> {
        if (i == 0) {
          running.incrementAndGet();
          slowStarted.countDown();
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          running.decrementAndGet();
        } else {
          try {
            slowStarted.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          throw new IOException("failed while the other runs");
        }
      })).isInstanceOf(IOException.class);
      // The slow iteration writes into the tree the caller is about to discard: it has finished.
      assertThat(running.get()).isZero();
    }
  }
}
