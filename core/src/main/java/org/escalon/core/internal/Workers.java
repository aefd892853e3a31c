package org.escalon.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The worker pool shared by every parallel loop of the library (population, model truth, individuals, Monte Carlo
 * trials): runs the same worker on several threads and waits for all of them. Workers take their own indices
 * (e.g. from an {@code AtomicInteger}) and write results by index, so results never depend on the number of
 * threads.
 *
 * <p>The calling thread runs one of the copies itself and {@code threads − 1} new threads run the others: a run on
 * two threads starts one thread, not two, and the caller starts working at once instead of waiting for a new thread
 * to be scheduled (starting and joining a thread costs 0.1–0.3 ms on the 2-core test machine, several percent of a
 * design-only Monte Carlo run of 20,000 trials).
 *
 * <h2>Failure policy</h2>
 * Every worker thread has an uncaught-exception handler. The first exception or error of any worker (an
 * {@link OutOfMemoryError} included) ends the run at once: the caller stops waiting, the other workers are
 * interrupted (loops that take indices call {@link #checkStop()}, which then throws; the caller's own copy is
 * stopped the same way, and the interrupt the run gave it is cleared before it returns), and the cause is rethrown
 * on the calling thread ({@link RuntimeException}s and {@link Error}s as they are, anything else wrapped in an
 * {@link IllegalStateException}). A run never hangs on a failed worker and never loses its cause. Interrupting
 * the caller interrupts the workers and throws {@link IllegalStateException} (the caller stays interrupted).
 *
 * <p>Internal: used by core and simulation; not part of the public API. Stateless; thread-safe.
 */
public final class Workers {

  private Workers() {}

  /**
   * For loops inside a worker: throws {@link java.util.concurrent.CancellationException} when the current thread has
   * been asked to stop (another worker failed, or the run was interrupted), so that a failed run ends promptly and
   * never returns partial results as if complete.
   */
  public static void checkStop() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException(Thread.currentThread().getName() + " stopped");
    }
  }

  /**
   * Runs {@code worker} {@code threads} times at once: on the calling thread and on {@code threads − 1} daemon
   * threads named {@code name-1}, …, and returns when every copy has finished, or throws the first failure as soon
   * as it happens.
   *
   * @param threads worker threads, 1..1024; results do not depend on it
   * @param name the threads' name prefix, for thread dumps
   * @param worker what every thread runs (the caller runs one copy)
   * @throws IllegalArgumentException if {@code threads} is not in [1, 1024]
   */
  public static void run(int threads, String name, Runnable worker) {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(name, "name");
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads = " + threads + ": must be in [1, 1024]");
    }
    if (threads == 1) {
      worker.run();
      return;
    }
    new Run(threads - 1, name, worker).runOnCaller(worker);
  }

  /** One run: its helper threads, how many are still running, the first failure. */
  private static final class Run {
    private final String name;
    private final Thread caller = Thread.currentThread();
    private final List<Thread> threads = new ArrayList<>();
    private int running;
    private Throwable failure;
    private boolean callerWorking = true;
    private boolean callerInterrupted; // by this run, to stop the caller's copy

    Run(int helpers, String name, Runnable worker) {
      this.name = name;
      this.running = helpers;
      for (int k = 1; k <= helpers; k++) {
        Thread t = new Thread(() -> {
          worker.run();
          finished(null);
        }, name + "-" + k);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> finished(e));
        threads.add(t);
      }
      for (Thread t : threads) {
        t.start();
      }
    }

    private synchronized void finished(Throwable e) {
      if (e != null && failure == null) {
        failure = e;
        stopCaller();
      }
      running--;
      notifyAll();
    }

    /** Stops the caller's own copy (under the lock): it checks its interrupt status like every worker. */
    private void stopCaller() {
      if (callerWorking && !callerInterrupted) {
        callerInterrupted = true;
        caller.interrupt();
      }
    }

    /** Runs the caller's copy, then waits for the helpers. */
    void runOnCaller(Runnable worker) {
      Throwable own = null;
      try {
        worker.run();
      } catch (Throwable e) { // a worker may throw anything, checked exceptions included (sneakily)
        own = e;
      }
      boolean external;
      synchronized (this) {
        callerWorking = false;
        if (callerInterrupted) {
          Thread.interrupted(); // the run's own stop signal, not the caller's business
        }
        external = own != null && failure == null && caller.isInterrupted();
        if (own != null && failure == null && !external) {
          failure = own;
        }
      }
      if (external) {
        stopAll();
        throw new IllegalStateException(name + " interrupted", own);
      }
      await();
    }

    private void await() {
      Throwable cause;
      synchronized (this) {
        try {
          while (running > 0 && failure == null) {
            wait();
          }
        } catch (InterruptedException e) {
          stopAll();
          Thread.currentThread().interrupt();
          throw new IllegalStateException(name + " interrupted", e);
        }
        cause = failure;
      }
      if (cause == null) {
        return;
      }
      stopAll();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(name + " failed: " + cause, cause);
    }

    private void stopAll() {
      for (Thread t : threads) {
        t.interrupt();
      }
    }
  }
}
