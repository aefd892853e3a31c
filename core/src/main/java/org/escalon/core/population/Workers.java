package org.escalon.core.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the same worker on several threads and waits for all of them: the pool shared by the population, truth and
 * individual simulations. Workers take their own indices (e.g. from an {@code AtomicInteger}) and write results by
 * index, so results never depend on the number of threads. The first exception of a worker is rethrown (a
 * {@link RuntimeException} as is); interruption cancels the others. Stateless; thread-safe.
 */
public final class Workers {
  private Workers() {}

  /**
   * Runs {@code worker} on {@code threads} daemon threads named {@code name} (on the calling thread when
   * {@code threads == 1}) and returns when every copy has finished.
   *
   * @throws IllegalArgumentException if {@code threads} is not in [1, 1024]
   */
  public static void run(int threads, String name, Runnable worker) {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(name, "name");
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be in [1, 1024], got " + threads);
    }
    if (threads == 1) {
      worker.run();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        fs.add(pool.submit(worker));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + " interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(name + " failed", c);
    } finally {
      pool.shutdownNow();
    }
  }
}
