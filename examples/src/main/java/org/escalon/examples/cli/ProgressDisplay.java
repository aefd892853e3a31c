package org.escalon.examples.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (trials done, rate, time left) shown only when stderr is a terminal
 * ({@code System.console() != null}), the environment has no {@code CI}, and the run has lasted more than
 * {@link #DELAY_MS} ms; otherwise nothing. stdout is never touched. Thread-safe.
 */
final class ProgressDisplay implements AutoCloseable {

  /** Runs shorter than this show no bar. */
  static final long DELAY_MS = 2000;

  private final boolean enabled;
  private final long total;
  private final String task;
  private final long startNs = System.nanoTime();
  private ProgressBar bar;
  private long base;
  private String message = "";

  ProgressDisplay(long totalTrials) {
    this(totalTrials, "trials");
  }

  /** A bar counting {@code task} (e.g. "evaluations") up to {@code total}. */
  ProgressDisplay(long total, String task) {
    this.total = total;
    this.task = task;
    this.enabled = System.console() != null && System.getenv("CI") == null;
  }

  /** Trials done before the current grid point. */
  synchronized void startPoint(long doneBefore, String text) {
    base = doneBefore;
    message = text;
    if (bar != null) {
      bar.stepTo(base);
      bar.setExtraMessage(message);
    }
  }

  /** Trials done in the current point. */
  synchronized void trialsDone(long doneInPoint) {
    if (!enabled) {
      return;
    }
    if (bar == null) {
      if ((System.nanoTime() - startNs) / 1_000_000 < DELAY_MS) {
        return;
      }
      PrintStream err = System.err;
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
          .setUpdateIntervalMillis(250).showSpeed().setUnit("", 1).setMaxRenderedLength(100).build();
      bar.setExtraMessage(message);
    }
    bar.stepTo(base + doneInPoint);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
