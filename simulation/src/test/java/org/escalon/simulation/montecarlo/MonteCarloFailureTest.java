package org.escalon.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A failing trial ends a multi-threaded run promptly with its cause; the other workers stop (issue 10). */
class MonteCarloFailureTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFailingTrialEndsTheRunWithItsCause() {
    AtomicLong trialsRun = new AtomicLong();
    // 100,000 trials of about 1 ms each would take minutes on 4 threads; trial 300 fails
    MonteCarloSettings settings = new MonteCarloSettings(100_000, 1, 4);
    assertThatThrownBy(() -> MonteCarloRunner.run(settings,
        () -> (i, rng, acc) -> {
          if (i == 300) {
            throw new IllegalArgumentException("trial 300: patient 4 failed");
          }
          trialsRun.incrementAndGet();
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        () -> new long[1], (a, b) -> a[0] += b[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("trial 300: patient 4 failed");
    long after = trialsRun.get();
    // the other workers were told to stop: at most the trial each was running finishes after the failure, and the
    // run did not go on through the other blocks (before, the caller waited for every worker: ~99,700 trials)
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(trialsRun.get()).isLessThanOrEqualTo(after + 4).isLessThan(20_000);
  }
}
