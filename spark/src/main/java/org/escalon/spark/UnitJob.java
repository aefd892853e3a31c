package org.escalon.spark;

import java.io.PrintWriter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.escalon.examples.sweep.SweepEngine;
import scala.collection.Iterator;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * One Spark job over a list of units of work: the units are cut into contiguous partitions (one per unit by
 * default), each task runs its units in order, and the driver receives the results as tasks finish and hands them
 * on in unit order — so the reduction order never depends on which task finished first, and a result is released
 * as soon as every earlier one has been handed on (memory stays bounded on large sweeps). The driver reports
 * tasks done / total on the log.
 *
 * <p>Test hook: the job-local property {@value #FAIL_PROPERTY} = {@code STAGE:UNIT:once} makes the first attempt of
 * that unit's task throw (Spark retries it when the master allows retries, e.g. {@code local[2,2]});
 * {@code STAGE:UNIT:always} makes every attempt throw. Unset, it costs one property lookup per task.
 */
final class UnitJob {

  /** The fault-injection property (for tests). */
  static final String FAIL_PROPERTY = "escalon.test.fail";

  /** Seconds between two progress lines. */
  private static final long PROGRESS_EVERY_NS = 5_000_000_000L;

  private UnitJob() {}

  /** A unit of work: its position in the stage. */
  interface Unit extends Serializable {
    /** 0-based position of the unit in its stage. */
    int index();
  }

  /** What a task does with one unit (runs on an executor). */
  @FunctionalInterface
  interface Work<U extends Unit, R extends Serializable> extends Serializable {
    /**
     * The unit's result.
     *
     * @param probe to run once inside the unit's work, where a failure is reported with the unit (the test hook)
     */
    R run(U unit, Runnable probe);
  }

  /**
   * Runs {@code work} on every unit and gives the results to {@code inOrder} in unit order, on the driver.
   *
   * @param stage the stage's name, for progress lines, messages and the test hook
   * @param units the units, {@code units.get(i).index() == i}
   * @param partitions the number of partitions, or {@code null} for one per unit
   * @param resultIndex the unit index of a result
   * @param progress whether to print progress lines (tasks done / total) on {@code log}
   * @throws SweepEngine.EngineException when a task has failed for good; the message names its unit
   */
  static <U extends Unit, R extends Serializable> void run(JavaSparkContext jsc, String stage, List<U> units,
      Integer partitions, Work<U, R> work, java.util.function.ToIntFunction<R> resultIndex, Consumer<R> inOrder,
      PrintWriter log, boolean progress) {
    Objects.requireNonNull(work, "work");
    if (units.isEmpty()) {
      return;
    }
    int slices = partitions == null ? units.size() : Math.min(partitions, units.size());
    RDD<U> rdd = jsc.parallelize(units, slices).rdd();
    Delivery<R> delivery = new Delivery<>(stage, units.size(), slices, resultIndex, inOrder, progress ? log : null);
    @SuppressWarnings("unchecked")
    ClassTag<ArrayList<R>> tag = (ClassTag<ArrayList<R>>) (ClassTag<?>) ClassTag$.MODULE$.apply(ArrayList.class);
    try {
      jsc.sc().runJob(rdd, new Task<>(stage, work), delivery, tag);
    } catch (Exception e) { // SparkException, checked in Java's eyes, is thrown undeclared by Scala
      throw failure(stage, e);
    }
    delivery.finish();
  }

  /** The engine's error for a failed job: Spark's reason, whose first line names the unit. */
  private static SweepEngine.EngineException failure(String stage, Exception e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof SparkException)) {
      t = t.getCause();
    }
    String m = String.valueOf(t.getMessage());
    int stack = m.indexOf("\n\tat ");
    String reason = (stack > 0 ? m.substring(0, stack) : m).replaceAll("\\s*\\R\\s*", " ").trim();
    return new SweepEngine.EngineException("the Spark " + stage + " stage failed: " + reason, e);
  }

  /** A task: runs its partition's units in order (on an executor). */
  private static final class Task<U extends Unit, R extends Serializable>
      extends AbstractFunction2<TaskContext, Iterator<U>, ArrayList<R>> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String stage;
    private final Work<U, R> work;

    Task(String stage, Work<U, R> work) {
      this.stage = stage;
      this.work = work;
    }

    @Override
    public ArrayList<R> apply(TaskContext context, Iterator<U> units) {
      String fail = context == null ? null : context.getLocalProperty(FAIL_PROPERTY);
      ArrayList<R> out = new ArrayList<>();
      while (units.hasNext()) {
        U u = units.next();
        out.add(work.run(u, fail == null ? () -> { } : () -> injectFault(fail, u, context)));
      }
      return out;
    }

    private void injectFault(String fail, U u, TaskContext context) {
      String[] f = fail.split(":");
      if (f.length == 3 && f[0].equals(stage) && Integer.parseInt(f[1]) == u.index()
          && (f[2].equals("always") || context.attemptNumber() == 0)) {
        throw new IllegalStateException("injected test fault in " + stage + " unit " + u.index() + ", attempt "
            + context.attemptNumber());
      }
    }
  }

  /** On the driver: receives each task's results and hands them on in unit order; counts tasks done. */
  private static final class Delivery<R> extends AbstractFunction2<Object, ArrayList<R>, BoxedUnit>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String stage;
    private final int units;
    private final int tasks;
    private final transient java.util.function.ToIntFunction<R> resultIndex;
    private final transient Consumer<R> inOrder;
    private final transient PrintWriter log;
    private final transient Map<Integer, R> waiting = new HashMap<>();
    private final long startNs = System.nanoTime();
    private int next;
    private int tasksDone;
    private long lastLineNs = System.nanoTime();

    Delivery(String stage, int units, int tasks, java.util.function.ToIntFunction<R> resultIndex,
        Consumer<R> inOrder, PrintWriter log) {
      this.stage = stage;
      this.units = units;
      this.tasks = tasks;
      this.resultIndex = resultIndex;
      this.inOrder = inOrder;
      this.log = log;
    }

    @Override
    public synchronized BoxedUnit apply(Object partition, ArrayList<R> results) {
      for (R r : results) {
        waiting.put(resultIndex.applyAsInt(r), r);
      }
      for (R r = waiting.remove(next); r != null; r = waiting.remove(next)) {
        inOrder.accept(r);
        next++;
      }
      tasksDone++;
      long now = System.nanoTime();
      if (log != null && (tasksDone == tasks || now - lastLineNs >= PROGRESS_EVERY_NS)) {
        lastLineNs = now;
        log.printf(Locale.ROOT, "escalon: spark %s: %d/%d tasks done (%.1f s)%n", stage, tasksDone, tasks,
            (now - startNs) / 1e9);
        log.flush();
      }
      return BoxedUnit.UNIT;
    }

    /** Checks that every unit was handed on. */
    synchronized void finish() {
      if (next != units) {
        throw new IllegalStateException("spark " + stage + ": " + (units - next) + " of " + units
            + " units are missing after the job");
      }
    }
  }
}
