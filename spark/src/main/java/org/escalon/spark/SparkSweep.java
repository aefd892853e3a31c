package org.escalon.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.escalon.examples.sweep.GridPoint;
import org.escalon.examples.sweep.Sweep;
import org.escalon.examples.sweep.SweepEngine;
import org.escalon.simulation.montecarlo.BlockFold;
import org.escalon.simulation.oc.CoupledOcAccumulator;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * A sweep on Spark, on the driver: builds the units of the two stages (model truth, then trials), runs each stage
 * as one Spark job ({@link UnitJob}) and reduces the results in index order into the {@link Sweep.PointResult}s
 * that {@link Sweep#run} would return — bit for bit, apart from the wall times.
 */
public final class SparkSweep {

  private SparkSweep() {}

  /**
   * Runs every grid point of {@code job}'s scenario on {@code jsc}.
   *
   * @param monitor told the number of trials done over all points
   * @param jsc the Spark context the grid points' units of work are distributed on
   * @param job the scenario's grid points with their settings, trials and seed
   * @return runs every grid point of {@code job}'s scenario on {@code jsc}
   */
  public static List<Sweep.PointResult> run(JavaSparkContext jsc, SweepEngine.Job job, Sweep.Monitor monitor) {
    Objects.requireNonNull(jsc, "jsc");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(monitor, "monitor");
    long t0 = System.nanoTime();
    Units.Scenario scenario = new Units.Scenario(job.fileName(), job.text(), job.trials());
    List<GridPoint> points = new ArrayList<>();
    for (GridPoint gp : job.scenario().points()) {
      points.add(Sweep.withRun(gp, job.trials(), null));
    }
    List<List<ModelTruth>> truths = truths(jsc, job, scenario, points);
    return trials(jsc, job, scenario, points, truths, monitor, t0);
  }

  /** Stage 1: the model truth of every arm of every point, from blocks of truth patients tallied in order. */
  private static List<List<ModelTruth>> truths(JavaSparkContext jsc, SweepEngine.Job job,
      Units.Scenario scenario, List<GridPoint> points) {
    int per = job.options().patientsPerTask();
    List<Units.TruthUnit> units = new ArrayList<>();
    List<List<ModelTruth.Tally>> tallies = new ArrayList<>();
    List<List<ModelTruth>> truths = new ArrayList<>();
    for (int g = 0; g < points.size(); g++) {
      CoupledStudy.Settings s = points.get(g).settings();
      List<ModelTruth.Tally> perArm = new ArrayList<>();
      for (int a = 0; a < s.arms().size(); a++) {
        perArm.add(new ModelTruth.Tally(s.truthPatients(), s.arms().get(a).levels().size()));
        for (int from = 0; from < s.truthPatients(); from += per) {
          units.add(new Units.TruthUnit(units.size(), g, a, from, Math.min(from + per, s.truthPatients())));
        }
      }
      tallies.add(perArm);
      truths.add(new ArrayList<>());
    }
    UnitJob.run(jsc, "model-truth", units, job.options().partitions(), (u, probe) -> u.run(scenario, probe),
        r -> r.unit().index(), r -> {
          Units.TruthUnit u = r.unit();
          ModelTruth.Tally t = tallies.get(u.point()).get(u.arm());
          t.add(r.block());
          if (t.isComplete()) {
            CoupledStudy.Settings s = points.get(u.point()).settings();
            truths.get(u.point()).add(t.result(s.target(), s.rp2dRule()));
          }
        }, job.log(), true);
    return truths;
  }

  /** One grid point's reduction: its block fold and per-trial results. */
  private static final class PointFold {
    final GridPoint point;
    final BlockFold<CoupledOcAccumulator[][]> fold;
    final CoupledTrialResult[][][] trials;

    PointFold(GridPoint point) {
      this.point = point;
      CoupledStudy.Settings s = point.settings();
      int n = s.monteCarlo().trials();
      fold = new BlockFold<>(CoupledStudy.blockCount(s), CoupledStudy::combine);
      trials = new CoupledTrialResult[s.arms().size()][s.designs().size()][n];
    }

    void add(Units.TrialResult r) {
      Units.TrialUnit u = r.unit();
      for (int b = u.fromBlock(); b < u.toBlock(); b++) {
        fold.add(b, r.blocks().get(b - u.fromBlock()));
      }
      int first = (int) u.firstTrial();
      for (int a = 0; a < trials.length; a++) {
        for (int d = 0; d < trials[a].length; d++) {
          System.arraycopy(r.trials()[a][d], 0, trials[a][d], first, r.trials()[a][d].length);
        }
      }
    }
  }

  /** Stage 2: the trials of every point, in tasks of whole Monte Carlo blocks, folded in block order. */
  private static List<Sweep.PointResult> trials(JavaSparkContext jsc, SweepEngine.Job job,
      Units.Scenario scenario, List<GridPoint> points, List<List<ModelTruth>> truths, Sweep.Monitor monitor,
      long t0) {
    int blocksPerTask = job.options().trialsPerTask() / CoupledStudy.BLOCK_SIZE;
    List<Units.TrialUnit> units = new ArrayList<>();
    List<PointFold> folds = new ArrayList<>();
    for (int g = 0; g < points.size(); g++) {
      int blocks = CoupledStudy.blockCount(points.get(g).settings());
      for (int b = 0; b < blocks; b += blocksPerTask) {
        units.add(new Units.TrialUnit(units.size(), g, b, Math.min(b + blocksPerTask, blocks)));
      }
      folds.add(new PointFold(points.get(g)));
    }
    List<Sweep.PointResult> out = new ArrayList<>();
    long[] done = {0};
    UnitJob.run(jsc, "trials", units, job.options().partitions(), (u, probe) -> u.run(scenario, truths.get(u.point()), probe),
        r -> r.unit().index(), r -> {
          PointFold f = folds.get(r.unit().point());
          f.add(r);
          done[0] += r.trials()[0][0].length;
          monitor.trialsDone(done[0]);
          if (f.fold.isComplete()) {
            CoupledStudy.Settings s = f.point.settings();
            List<ModelTruth> t = truths.get(r.unit().point());
            out.add(new Sweep.PointResult(f.point,
                CoupledStudy.result(s, t, f.fold.result(), (System.nanoTime() - t0) / 1e9), f.trials));
            folds.set(r.unit().point(), null);
          }
        }, job.log(), true);
    return out;
  }
}
