package org.escalon.simulation.pkpd;

import java.io.Serializable;
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
 *
 * <p>Serializable only to ship results between the workers of one Escalon version (Spark): the serialized form
 * is not a stable format.
 *
 * @serial exclude
 */
public record ModelTruth(int patients, double[] dltProb, double[] dltSe, double[] orr, double[] orrSe,
    double[] neutropeniaG3plus, double[] aucCycle1, double[] cmaxCycle1, double[] utility, int trueMtd,
    int trueOptimal) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Copies the arrays and lists given, so that the record is immutable.
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
   *
   * @param dltProb DLT probability per level
   * @param orr objective response rate per level
   * @param target target DLT probability (true MTD)
   * @param rule the RP2D rule, which picks the true optimal level among the levels up to the true MTD
   * @return truth from the given DLT and response probabilities (for fixed-probability studies)
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
   * @param model virtual patients
   * @param levels the dose levels (dose, schedule, dexamethasone), lowest first
   * @param patients population size
   * @param seed master seed (the truth uses its own stream tag, independent of the trials)
   * @param threads worker threads (results do not depend on it)
   * @param target target DLT probability (true MTD)
   * @param rule the RP2D rule, which picks the true optimal level among the levels up to the true MTD
   * @return the truth at every level
   */
  public static ModelTruth compute(VirtualPatientModel model, List<DoseLevel> levels, int patients, long seed,
      int threads, double target, Rp2dRule rule) {
    return compute(model, levels, patients, seed, threads, target, rule, done -> { });
  }

  /**
   * As {@link #compute(VirtualPatientModel, List, int, long, int, double, Rp2dRule)}, telling {@code progress} the
   * number of virtual patients finished so far (from the worker threads, in no particular order).
   *
   * @param model virtual patients
   * @param levels the dose levels (dose, schedule, dexamethasone), lowest first
   * @param patients population size
   * @param seed master seed (the truth uses its own stream tag, independent of the trials)
   * @param threads worker threads (results do not depend on it)
   * @param target target DLT probability (true MTD)
   * @param rule the RP2D rule, which picks the true optimal level among the levels up to the true MTD
   * @param progress called with the number of trials finished (from worker threads)
   * @return the truth at every level
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
    Block o = new Block(0, patients, k);
    AtomicInteger next = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    Runnable worker = () -> {
      PatientSimulator sim = model.newSimulator(levels);
      int i;
      while ((i = next.getAndIncrement()) < patients) {
        Workers.checkStop();
        o.simulate(model, sim, levels, seed, i);
        progress.accept(done.incrementAndGet());
      }
    };
    Workers.run(threads, "escalon-truth", worker);
    Tally tally = new Tally(patients, k);
    tally.add(o);
    return tally.result(target, rule);
  }

  /**
   * Simulates truth patients {@code from..to−1} at every level on the calling thread: one block of what {@link
   * #compute} simulates (patient i from the same stream), for engines that spread the truth over processes or
   * machines. Feed the blocks of patients {@code 0..patients−1} in patient order to a {@link Tally} to get bit for
   * bit the truth of {@code compute}.
   *
   * @param model virtual patients
   * @param levels the dose levels (dose, schedule, dexamethasone), lowest first
   * @param seed master seed (the truth uses its own stream tag, independent of the trials)
   * @param from the first truth patient, ≥ 0
   * @param to one past the last truth patient
   * @return those patients' outcomes at every level
   * @throws IllegalArgumentException unless {@code 0 <= from < to}
   */
  public static Block simulate(VirtualPatientModel model, List<DoseLevel> levels, long seed, int from, int to) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(levels, "levels");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("levels must not be empty");
    }
    Block o = new Block(from, to, levels.size());
    PatientSimulator sim = model.newSimulator(levels);
    for (int i = from; i < to; i++) {
      Workers.checkStop();
      o.simulate(model, sim, levels, seed, i);
    }
    return o;
  }

  /**
   * The outcomes of truth patients {@code from..to−1} at every level (DLT, response, grade &ge; 3 neutropenia,
   * cycle-1 AUC and Cmax). Written by patient index, so threads may fill one block together; serializable, so
   * that a distributed engine can ship it (between the workers of one Escalon version: the serialized form is not
   * a stable format).
   *
   * @serial exclude
   */
  public static final class Block implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int from;
    private final int to;
    private final int k;
    private final boolean[][] dlt;
    private final boolean[][] resp;
    private final boolean[][] neut;
    private final double[][] auc;
    private final double[][] cmax;

    Block(int from, int to, int k) {
      if (from < 0 || to <= from) {
        throw new IllegalArgumentException("patients [" + from + ", " + to + "): must satisfy 0 <= from < to");
      }
      this.from = from;
      this.to = to;
      this.k = k;
      int n = to - from;
      dlt = new boolean[n][k];
      resp = new boolean[n][k];
      neut = new boolean[n][k];
      auc = new double[n][k];
      cmax = new double[n][k];
    }

    /**
     * The first patient.
     *
     * @return the first patient
     */
    public int from() {
      return from;
    }

    /**
     * One past the last patient.
     *
     * @return one past the last patient
     */
    public int to() {
      return to;
    }

    /** Simulates patient {@code i} at every level into its row. */
    void simulate(VirtualPatientModel model, PatientSimulator sim, List<DoseLevel> levels, long seed, int i) {
      VirtualPatient p = model.truthPatient(seed, i);
      for (int j = 0; j < k; j++) {
        PatientResult r;
        try {
          r = model.simulate(sim, p, levels.get(j));
        } catch (SimulationFailedException e) {
          throw e.of("model truth");
        }
        int row = i - from;
        dlt[row][j] = r.dlt();
        resp[row][j] = r.bestResponse().isObjectiveResponse();
        neut[row][j] = r.grade(AdverseEvent.NEUTROPENIA) >= 3;
        auc[row][j] = r.aucCycle1();
        cmax[row][j] = r.cmaxCycle1();
      }
    }
  }

  /**
   * Counts and sums over the truth patients, fed block by block in patient order (patient 0 first), then summarised:
   * rates with binomial standard errors and means per level. The sums run over patients in index order, so the
   * result does not depend on how the patients were cut into blocks. Mutable; not thread-safe.
   */
  public static final class Tally {
    private final int patients;
    private final int k;
    private final int[] cd;
    private final int[] co;
    private final int[] cn;
    private final double[] sa;
    private final double[] sc;
    private int next;

    /**
     * @param patients the truth population size, &ge; 1
     * @param levels the number of dose levels, &ge; 1
     */
    public Tally(int patients, int levels) {
      if (patients < 1 || levels < 1) {
        throw new IllegalArgumentException("patients = " + patients + ", levels = " + levels
            + ": must both be >= 1");
      }
      this.patients = patients;
      this.k = levels;
      cd = new int[k];
      co = new int[k];
      cn = new int[k];
      sa = new double[k];
      sc = new double[k];
    }

    /**
     * Adds the next block.
     *
     * @param b the next block of truth patients, in patient order
     * @throws IllegalArgumentException if the block does not start where the previous one ended, runs past the
     * population or has another number of levels
     */
    public void add(Block b) {
      if (b.from != next || b.to > patients || b.k != k) {
        throw new IllegalArgumentException("block of patients [" + b.from + ", " + b.to + ") at " + b.k
            + " levels: expected one starting at patient " + next + ", ending by " + patients + ", at " + k
            + " levels");
      }
      for (int j = 0; j < k; j++) {
        for (int row = 0; row < b.to - b.from; row++) {
          cd[j] += b.dlt[row][j] ? 1 : 0;
          co[j] += b.resp[row][j] ? 1 : 0;
          cn[j] += b.neut[row][j] ? 1 : 0;
          sa[j] += b.auc[row][j];
          sc[j] += b.cmax[row][j];
        }
      }
      next = b.to;
    }

    /**
     * Whether every patient has been added.
     *
     * @return whether every patient has been added
     */
    public boolean isComplete() {
      return next == patients;
    }

    /**
     * The truth.
     *
     * @param target target DLT probability (true MTD)
     * @param rule the RP2D rule, which picks the true optimal level among the levels up to the true MTD
     * @return the truth at every level
     * @throws IllegalStateException if patients are missing
     */
    public ModelTruth result(double target, Rp2dRule rule) {
      if (!isComplete()) {
        throw new IllegalStateException("patients " + next + ".." + (patients - 1) + " are missing");
      }
      Objects.requireNonNull(rule, "rule");
      double[] pd = new double[k];
      double[] pdSe = new double[k];
      double[] po = new double[k];
      double[] poSe = new double[k];
      double[] pn = new double[k];
      double[] ma = new double[k];
      double[] mc = new double[k];
      for (int j = 0; j < k; j++) {
        Estimate dltRate = Estimate.proportion(cd[j], patients);
        pd[j] = dltRate.value();
        pdSe[j] = dltRate.se();
        Estimate orrRate = Estimate.proportion(co[j], patients);
        po[j] = orrRate.value();
        poSe[j] = orrRate.se();
        pn[j] = cn[j] / (double) patients;
        ma[j] = sa[j] / patients;
        mc[j] = sc[j] / patients;
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

  /**
   * DLT probability per level.
   *
   * @return DLT probability per level
   */
  @Override
  public double[] dltProb() {
    return dltProb.clone();
  }

  /**
   * Its binomial standard error.
   *
   * @return its binomial standard error
   */
  @Override
  public double[] dltSe() {
    return dltSe.clone();
  }

  /**
   * Objective response rate per level.
   *
   * @return objective response rate per level
   */
  @Override
  public double[] orr() {
    return orr.clone();
  }

  /**
   * Its standard error.
   *
   * @return its standard error
   */
  @Override
  public double[] orrSe() {
    return orrSe.clone();
  }

  /**
   * Grade &ge; 3 neutropenia rate per level.
   *
   * @return grade &ge; 3 neutropenia rate per level
   */
  @Override
  public double[] neutropeniaG3plus() {
    return neutropeniaG3plus.clone();
  }

  /**
   * Mean cycle-1 AUC (ng·h/mL) per level.
   *
   * @return mean cycle-1 AUC (ng·h/mL) per level
   */
  @Override
  public double[] aucCycle1() {
    return aucCycle1.clone();
  }

  /**
   * Mean cycle-1 Cmax (ng/mL) per level.
   *
   * @return mean cycle-1 Cmax (ng/mL) per level
   */
  @Override
  public double[] cmaxCycle1() {
    return cmaxCycle1.clone();
  }

  /**
   * Utility per level.
   *
   * @return utility per level
   */
  @Override
  public double[] utility() {
    return utility.clone();
  }
}
