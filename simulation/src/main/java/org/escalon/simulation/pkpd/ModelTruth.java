package org.escalon.simulation.pkpd;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.escalon.core.internal.Workers;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.output.Estimate;
import org.escalon.core.output.PatientResult;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.population.VirtualPatient;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.DoseLevel;

/**
 * What the model says is true at each dose level, from a large virtual population with its own stream (the same
 * people at every level): DLT probability, ORR, grade &ge; 3 neutropenia, mean cycle-1 AUC and Cmax; the true MTD
 * (highest level with DLT probability &le; target, 0 when none) and the true optimal level (highest utility among
 * levels up to the true MTD, ties to the lower level; 0 when there is no true MTD). Immutable.
 *
 * @param patients population size
 * @param dltProb DLT probability per level
 * @param dltSe its binomial standard error
 * @param orr objective response rate per level
 * @param orrSe its standard error
 * @param neutropeniaG3plus grade &ge; 3 neutropenia rate per level
 * @param aucCycle1 mean cycle-1 AUC (ng·h/mL) per level
 * @param cmaxCycle1 mean cycle-1 Cmax (ng/mL) per level
 * @param utility utility per level
 * @param trueMtd true MTD (1-based, 0 = none)
 * @param trueOptimal true optimal level (1-based, 0 = none)
 */
public record ModelTruth(int patients, double[] dltProb, double[] dltSe, double[] orr, double[] orrSe,
    double[] neutropeniaG3plus, double[] aucCycle1, double[] cmaxCycle1, double[] utility, int trueMtd,
    int trueOptimal) {

  public ModelTruth {
    dltProb = dltProb.clone();
    dltSe = dltSe.clone();
    orr = orr.clone();
    orrSe = orrSe.clone();
    neutropeniaG3plus = neutropeniaG3plus.clone();
    aucCycle1 = aucCycle1.clone();
    cmaxCycle1 = cmaxCycle1.clone();
    utility = utility.clone();
  }

  /**
   * Truth from the given DLT and response probabilities (for fixed-probability studies).
   */
  public static ModelTruth of(double[] dltProb, double[] orr, double target, Rp2dRule rule) {
    int k = dltProb.length;
    double[] zero = new double[k];
    double[] nan = new double[k];
    java.util.Arrays.fill(nan, Double.NaN);
    return assemble(0, dltProb, zero, orr, zero, nan, nan, nan, target, rule);
  }

  /**
   * Simulates {@code patients} people of {@code model} at every level.
   *
   * @param seed master seed (the truth uses its own stream tag, independent of the trials)
   * @param threads worker threads (results do not depend on it)
   */
  public static ModelTruth compute(VirtualPatientModel model, List<DoseLevel> levels, int patients, long seed,
      int threads, double target, Rp2dRule rule) {
    return compute(model, levels, patients, seed, threads, target, rule, done -> { });
  }

  /**
   * As {@link #compute(VirtualPatientModel, List, int, long, int, double, Rp2dRule)}, telling {@code progress} the
   * number of virtual patients finished so far (from the worker threads, in no particular order).
   */
  public static ModelTruth compute(VirtualPatientModel model, List<DoseLevel> levels, int patients, long seed,
      int threads, double target, Rp2dRule rule, java.util.function.LongConsumer progress) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(rule, "rule");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("levels must not be empty");
    }
    if (patients < 1) {
      throw new IllegalArgumentException("patients = " + patients + ": must be >= 1");
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads = " + threads + ": must be in [1, 1024]");
    }
    checkTarget(target);
    int k = levels.size();
    Outcomes o = new Outcomes(patients, k);
    AtomicInteger next = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    Runnable worker = () -> {
      PatientSimulator sim = model.newSimulator(levels);
      int i;
      while ((i = next.getAndIncrement()) < patients) {
        Workers.checkStop();
        VirtualPatient p = model.truthPatient(seed, i);
        for (int j = 0; j < k; j++) {
          try {
            o.record(i, j, model.simulate(sim, p, levels.get(j)));
          } catch (SimulationFailedException e) {
            throw e.of("model truth");
          }
        }
        progress.accept(done.incrementAndGet());
      }
    };
    Workers.run(threads, "escalon-truth", worker);
    return o.summarise(target, rule);
  }

  /** Every patient's outcomes at every level, written by index (so the summary is thread-count independent). */
  private static final class Outcomes {
    private final int patients;
    private final int k;
    private final boolean[][] dlt;
    private final boolean[][] resp;
    private final boolean[][] neut;
    private final double[][] auc;
    private final double[][] cmax;

    Outcomes(int patients, int k) {
      this.patients = patients;
      this.k = k;
      dlt = new boolean[patients][k];
      resp = new boolean[patients][k];
      neut = new boolean[patients][k];
      auc = new double[patients][k];
      cmax = new double[patients][k];
    }

    void record(int i, int j, PatientResult r) {
      dlt[i][j] = r.dlt();
      resp[i][j] = r.bestResponse().isObjectiveResponse();
      neut[i][j] = r.grade(AdverseEvent.NEUTROPENIA) >= 3;
      auc[i][j] = r.aucCycle1();
      cmax[i][j] = r.cmaxCycle1();
    }

    /** Rates with binomial standard errors and means per level, in patient order. */
    ModelTruth summarise(double target, Rp2dRule rule) {
      double[] pd = new double[k];
      double[] pdSe = new double[k];
      double[] po = new double[k];
      double[] poSe = new double[k];
      double[] pn = new double[k];
      double[] ma = new double[k];
      double[] mc = new double[k];
      for (int j = 0; j < k; j++) {
        int cd = 0;
        int co = 0;
        int cn = 0;
        double sa = 0;
        double sc = 0;
        for (int i = 0; i < patients; i++) {
          cd += dlt[i][j] ? 1 : 0;
          co += resp[i][j] ? 1 : 0;
          cn += neut[i][j] ? 1 : 0;
          sa += auc[i][j];
          sc += cmax[i][j];
        }
        Estimate dltRate = Estimate.proportion(cd, patients);
        pd[j] = dltRate.value();
        pdSe[j] = dltRate.se();
        Estimate orrRate = Estimate.proportion(co, patients);
        po[j] = orrRate.value();
        poSe[j] = orrRate.se();
        pn[j] = cn / (double) patients;
        ma[j] = sa / patients;
        mc[j] = sc / patients;
      }
      return assemble(patients, pd, pdSe, po, poSe, pn, ma, mc, target, rule);
    }
  }

  private static void checkTarget(double target) {
    if (!(target > 0) || !(target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
  }

  private static ModelTruth assemble(int n, double[] pd, double[] pdSe, double[] po, double[] poSe, double[] pn,
      double[] ma, double[] mc, double target, Rp2dRule rule) {
    checkTarget(target);
    int k = pd.length;
    if (po.length != k) {
      throw new IllegalArgumentException("dltProb and orr must have the same length");
    }
    double[] u = new double[k];
    int mtd = 0;
    for (int j = 0; j < k; j++) {
      u[j] = rule.utility(po[j], pd[j]);
      if (pd[j] <= target) {
        mtd = j + 1;
      }
    }
    int opt = 0;
    for (int j = 1; j <= mtd; j++) {
      if (opt == 0 || u[j - 1] > u[opt - 1]) {
        opt = j;
      }
    }
    return new ModelTruth(n, pd, pdSe, po, poSe, pn, ma, mc, u, mtd, opt);
  }

  @Override
  public double[] dltProb() {
    return dltProb.clone();
  }

  @Override
  public double[] dltSe() {
    return dltSe.clone();
  }

  @Override
  public double[] orr() {
    return orr.clone();
  }

  @Override
  public double[] orrSe() {
    return orrSe.clone();
  }

  @Override
  public double[] neutropeniaG3plus() {
    return neutropeniaG3plus.clone();
  }

  @Override
  public double[] aucCycle1() {
    return aucCycle1.clone();
  }

  @Override
  public double[] cmaxCycle1() {
    return cmaxCycle1.clone();
  }

  @Override
  public double[] utility() {
    return utility.clone();
  }
}
