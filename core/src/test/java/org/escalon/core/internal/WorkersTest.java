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

  /** The caller runs one copy; the others run on threads name-1, name-2, … */
  @Test
  void theCallerRunsOneCopyAndTheOthersGetNewThreads() {
    java.util.Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Workers.run(3, "w", () -> names.add(Thread.currentThread().getName()));
    assertThat(names).containsExactlyInAnyOrder(Thread.currentThread().getName(), "w-1", "w-2");
  }

  /**
   * A helper fails while the caller's copy loops: the caller's copy is stopped, the cause is rethrown, and the
   * caller is not left interrupted (its interrupt was the run's own stop signal).
   */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aHelperFailureStopsTheCallersCopyAndLeavesItUninterrupted() {
    Thread caller = Thread.currentThread();
    assertThatThrownBy(() -> Workers.run(2, "w", () -> {
      if (Thread.currentThread() != caller) {
        throw new IllegalStateException("helper failed");
      }
      for (int i = 0; i < 600; i++) { // up to 60 s unless stopped
        Workers.checkStop();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("helper failed");
    assertThat(Thread.interrupted()).as("caller interrupted after the run").isFalse();
  }

  /** The caller's own copy fails: its cause is rethrown and the helpers are stopped. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void theCallersOwnFailureIsReported() {
    Thread caller = Thread.currentThread();
    CountDownLatch helperStopped = new CountDownLatch(1);
    assertThatThrownBy(() -> Workers.run(2, "w", () -> {
      if (Thread.currentThread() == caller) {
        throw new IllegalArgumentException("caller failed");
      }
      try {
        for (int i = 0; i < 600; i++) {
          Workers.checkStop();
          Thread.sleep(100);
        }
      } catch (InterruptedException | java.util.concurrent.CancellationException e) {
        helperStopped.countDown();
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("caller failed");
    assertThat(Thread.interrupted()).isFalse();
    try {
      assertThat(helperStopped.await(10, TimeUnit.SECONDS)).as("helper stopped").isTrue();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Interrupting the caller during its own copy ends the run with "interrupted"; the caller stays interrupted. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void anExternalInterruptOfTheCallerEndsTheRun() {
    Thread caller = Thread.currentThread();
    try {
      assertThatThrownBy(() -> Workers.run(2, "w", () -> {
        if (Thread.currentThread() == caller) {
          caller.interrupt(); // as if from outside
        }
        for (int i = 0; i < 600; i++) {
          Workers.checkStop();
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      })).isInstanceOf(IllegalStateException.class).hasMessage("w interrupted");
    } finally {
      assertThat(Thread.interrupted()).as("caller still interrupted").isTrue();
    }
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
