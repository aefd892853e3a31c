package org.escalon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WorkersTest {

  @Test
  void everyCopyRunsOnItsOwnThread() {
    AtomicInteger runs = new AtomicInteger();
    Workers.run(4, "w", runs::incrementAndGet);
    assertThat(runs).hasValue(4);
    Workers.run(1, "w", runs::incrementAndGet);
    assertThat(runs).hasValue(5);
  }

  /** A worker that fails while the others would run for a long time: the run ends at once with the cause. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aFailingWorkerEndsTheRunPromptlyWithItsCause() {
    AtomicInteger next = new AtomicInteger();
    CountDownLatch othersStarted = new CountDownLatch(2);
    Runnable worker = () -> {
      int me = next.getAndIncrement();
      if (me == 0) {
        try {
          othersStarted.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("patient 17: integration failed");
      }
      othersStarted.countDown();
      try {
        for (int i = 0; i < 600; i++) { // up to 60 s unless stopped
          Workers.checkStop();
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> Workers.run(3, "w", worker))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("patient 17: integration failed");
    assertThat(System.nanoTime() - t0).as("ns until the failure is reported").isLessThan(10_000_000_000L);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void errorsAndCheckedCausesAreReported() {
    assertThatThrownBy(() -> Workers.run(2, "w", () -> {
      throw new OutOfMemoryError("Java heap space");
    })).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    assertThatThrownBy(() -> Workers.run(2, "w", WorkersTest::sneakyChecked))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("w failed: java.io.IOException: disk")
        .hasCauseInstanceOf(java.io.IOException.class);
  }

  @Test
  void checkStopThrowsOnlyWhenInterrupted() {
    Workers.checkStop();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(Workers::checkStop).isInstanceOf(java.util.concurrent.CancellationException.class);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void rejectsBadThreadCounts() {
    assertThatThrownBy(() -> Workers.run(0, "w", () -> { })).hasMessage("threads = 0: must be in [1, 1024]");
    assertThatThrownBy(() -> Workers.run(1025, "w", () -> { })).hasMessage("threads = 1025: must be in [1, 1024]");
  }

  private static void sneakyChecked() {
    WorkersTest.<RuntimeException>sneakyThrow(new java.io.IOException("disk"));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }
}
