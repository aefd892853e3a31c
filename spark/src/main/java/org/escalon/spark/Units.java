package org.escalon.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.escalon.core.calibration.CohortBlocks;
import org.escalon.examples.calibrate.CalibrationFile;
import org.escalon.examples.sweep.GridPoint;
import org.escalon.examples.sweep.ScenarioFile;
import org.escalon.examples.sweep.Sweep;
import org.escalon.simulation.oc.CoupledOcAccumulator;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.pkpd.ModelTruth;

/**
 * The units of distributed work of a sweep and the code that runs them on an executor. A unit is addressed by
 * indices only (grid point, arm, patient or trial-block range); the executor rebuilds the grid point from the
 * scenario text ({@link Scenario}), so nothing but text and numbers travels to it.
 */
final class Units {

  private Units() {}

  /**
   * The scenario as the executors see it: its file name and text and the trials override. Parsed once per JVM
   * (the parsed value is immutable and cached by content).
   *
   * @param fileName the file name (YAML or JSON by extension)
   * @param text the file's text
   * @param trials trials per point overriding the file's, or {@code null}
   */
  record Scenario(String fileName, String text, Integer trials) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** At most this many parsed scenarios are kept per JVM. */
    private static final int CACHED = 4;

    private static final Map<Scenario, ScenarioFile> PARSED = Collections.synchronizedMap(
        new LinkedHashMap<>(8, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Scenario, ScenarioFile> eldest) {
            return size() > CACHED;
          }
        });

    Scenario {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(text, "text");
    }

    /** Grid point {@code g} (0-based) as {@link Sweep#run} runs it (one thread: the task is the unit of work). */
    GridPoint point(int g) {
      ScenarioFile sc = PARSED.computeIfAbsent(this, s -> ScenarioFile.parse(s.fileName, s.text));
      return Sweep.withRun(sc.points().get(g), trials, 1);
    }
  }

  /**
   * Model-truth patients {@code from..to−1} of arm {@code arm} of grid point {@code point} (0-based).
   *
   * @param index the unit's position in its stage
   */
  record TruthUnit(int index, int point, int arm, int from, int to) implements UnitJob.Unit {
    private static final long serialVersionUID = 1L;

    /** Where this unit is, for messages. */
    String where(GridPoint gp) {
      return "grid point " + gp.index() + " (" + gp.label() + "), arm " + (arm + 1) + ", model-truth patients "
          + from + ".." + (to - 1);
    }

    /**
     * Simulates the patients, exactly as {@code ModelTruth.compute} simulates them.
     *
     * @param probe run first, inside the error handling that names the unit (test hook)
     */
    TruthResult run(Scenario scenario, Runnable probe) {
      GridPoint gp = scenario.point(point);
      CoupledStudy.Settings s = gp.settings();
      Arm a = s.arms().get(arm);
      try {
        probe.run();
        return new TruthResult(this, ModelTruth.simulate(s.model(), a.levels(), s.monteCarlo().seed(), from, to));
      } catch (RuntimeException e) {
        throw new IllegalStateException(where(gp) + ": " + e, e);
      }
    }
  }

  /** A truth unit's outcomes. */
  record TruthResult(TruthUnit unit, ModelTruth.Block block) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Monte Carlo blocks {@code fromBlock..toBlock−1} (of {@link CoupledStudy#BLOCK_SIZE} trials) of grid point
   * {@code point} (0-based).
   *
   * @param index the unit's position in its stage
   */
  record TrialUnit(int index, int point, int fromBlock, int toBlock) implements UnitJob.Unit {
    private static final long serialVersionUID = 1L;

    /** The first trial (0-based). */
    long firstTrial() {
      return (long) fromBlock * CoupledStudy.BLOCK_SIZE;
    }

    /** Where this unit is, for messages (trials 1-based, as in trials.csv). */
    String where(GridPoint gp) {
      long last = Math.min((long) toBlock * CoupledStudy.BLOCK_SIZE, gp.settings().monteCarlo().trials());
      return "grid point " + gp.index() + " (" + gp.label() + "), trials " + (firstTrial() + 1) + ".." + last;
    }

    /**
     * Runs the trials, exactly as {@code CoupledStudy.run} runs them, keeping each trial's size and duration.
     *
     * @param probe run first, inside the error handling that names the unit (test hook)
     */
    TrialResult run(Scenario scenario, List<ModelTruth> truths, Runnable probe) {
      GridPoint gp = scenario.point(point);
      CoupledStudy.Settings s = gp.settings();
      int na = s.arms().size();
      int nd = s.designs().size();
      int n = (int) (Math.min((long) toBlock * CoupledStudy.BLOCK_SIZE, s.monteCarlo().trials()) - firstTrial());
      CoupledTrialResult[][][] trials = new CoupledTrialResult[na][nd][n];
      try {
        probe.run();
        List<CoupledOcAccumulator[][]> blocks = CoupledStudy.runBlocks(s, truths, fromBlock, toBlock, t -> {
          trials[t.armIndex()][t.designIndex()][(int) (t.trialIndex() - firstTrial())] = t.result();
        });
        return new TrialResult(this, new ArrayList<>(blocks), trials);
      } catch (RuntimeException e) {
        throw new IllegalStateException(where(gp) + ": " + e, e);
      }
    }
  }

  /**
   * A trial unit's block accumulators (in block order) and each trial's result ({@code
   * [arm][design][trial − first trial]}), from which the driver writes the per-trial outputs as the local engine.
   */
  record TrialResult(TrialUnit unit, List<CoupledOcAccumulator[][]> blocks, CoupledTrialResult[][][] trials)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A calibration file as the executors see it: its file name and text. Its cohort is built once per JVM (cached
   * by content; immutable).
   *
   * @param fileName the file name (YAML or JSON by extension)
   * @param text the file's text
   */
  record Calibration(String fileName, String text) implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Map<Calibration, CohortBlocks> BUILT = Collections.synchronizedMap(
        new LinkedHashMap<>(8, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Calibration, CohortBlocks> eldest) {
            return size() > 2;
          }
        });

    Calibration {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(text, "text");
    }

    /** The problem's cohort. */
    CohortBlocks cohort() {
      return BUILT.computeIfAbsent(this, c -> CohortBlocks.of(CalibrationFile.parse(c.fileName, c.text).problem()));
    }
  }

  /**
   * Patients {@code from..to−1} of one objective evaluation's cohort.
   *
   * @param index the unit's position in its job
   */
  record CohortUnit(int index, int from, int to) implements UnitJob.Unit {
    private static final long serialVersionUID = 1L;

    /**
     * Simulates the patients at {@code values}, exactly as the local objective does.
     *
     * @param probe run first, inside the error handling that names the unit (test hook)
     */
    CohortResult run(Calibration source, double[] values, Runnable probe) {
      try {
        probe.run();
        return new CohortResult(this, source.cohort().simulate(values, from, to));
      } catch (RuntimeException e) {
        throw new IllegalStateException("calibration patients " + from + ".." + (to - 1) + " at "
            + java.util.Arrays.toString(values) + ": " + e, e);
      }
    }
  }

  /** A cohort unit's metrics, {@code [regimen][(i − from)·M + m]}. */
  record CohortResult(CohortUnit unit, double[][] block) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
