package org.escalon.examples.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * Runs every grid point of a scenario and keeps, besides the operating characteristics, each trial's sample size
 * and duration (for their distributions). Per-trial values are gathered through {@link CoupledStudy.TrialListener},
 * which is called in trial order, so they do not depend on the number of threads.
 */
public final class Sweep {

  private Sweep() {}

  /** What a sweep reports while it runs. */
  public interface Monitor {
    /**
     * Grid point {@code point} (1-based) of {@code points} starts; it will run {@code trials} trials.
     *
     * @param point the point as run
     * @param points the grid points
     */
    default void pointStarted(GridPoint point, int points) { }

    /**
     * Virtual patients of the current point's model truth finished so far, of {@code total} (all arms; called from
     * worker threads, so not necessarily in increasing order).
     *
     * @param done virtual patients finished so far
     * @param total virtual patients of the point's truth, over all arms
     */
    default void truthDone(long done, long total) { }

    /**
     * Trials finished in the current point.
     *
     * @param done trials finished in the current point
     */
    default void trialsDone(long done) { }

    /**
     * Every trial record (in trial order), e.g. for an export; {@code point} is the current point.
     *
     * @param point the point as run
     * @param record the trial, with its arm, design and patients
     */
    default void trial(GridPoint point, CoupledStudy.TrialRecord record) { }
  }

  /**
   * One grid point's results, with each trial's sample size and duration per arm and design, and (from the local
   * engine) each trial's full result, behind the paired schedule differences, the per-trial MTD/RP2D columns and
   * the BLRM posterior charts. Immutable: the per-trial values are copied in and read one at a time.
   */
  public static final class PointResult {
    private final GridPoint point;
    private final CoupledStudy.Result result;
    private final int[][][] sampleSize;
    private final double[][][] durationDays;
    private final CoupledTrialResult[][][] trialResults;

    /**
     * With every trial's result (immutable records), from which sample sizes and durations are taken.
     *
     * @param point the point as run
     * @param result the study result
     * @param trialResults per arm, per design, per trial (trial order)
     */
    public PointResult(GridPoint point, CoupledStudy.Result result, CoupledTrialResult[][][] trialResults) {
      this(point, result, sizes(trialResults), durations(trialResults), trialResults);
    }

    /**
     * @param point the point as run (trials and threads possibly overridden)
     * @param result the study result
     * @param sampleSize per arm, per design: each trial's number of patients treated (escalation and stage)
     * @param durationDays per arm, per design: each trial's duration in days
     */
    public PointResult(GridPoint point, CoupledStudy.Result result, int[][][] sampleSize,
        double[][][] durationDays) {
      this(point, result, sampleSize, durationDays, null);
    }

    private PointResult(GridPoint point, CoupledStudy.Result result, int[][][] sampleSize,
        double[][][] durationDays, CoupledTrialResult[][][] trialResults) {
      this.trialResults = trialResults == null ? null : copy(trialResults);
      this.point = Objects.requireNonNull(point, "point");
      this.result = Objects.requireNonNull(result, "result");
      this.sampleSize = new int[sampleSize.length][][];
      this.durationDays = new double[durationDays.length][][];
      for (int a = 0; a < sampleSize.length; a++) {
        this.sampleSize[a] = new int[sampleSize[a].length][];
        this.durationDays[a] = new double[durationDays[a].length][];
        for (int d = 0; d < sampleSize[a].length; d++) {
          this.sampleSize[a][d] = sampleSize[a][d].clone();
          this.durationDays[a][d] = durationDays[a][d].clone();
          if (this.durationDays[a][d].length != this.sampleSize[a][d].length) {
            throw new IllegalArgumentException("durationDays[" + a + "][" + d + "] has "
                + this.durationDays[a][d].length + " trials, sampleSize has " + this.sampleSize[a][d].length);
          }
        }
      }
    }

    private static CoupledTrialResult[][][] copy(CoupledTrialResult[][][] t) {
      CoupledTrialResult[][][] c = new CoupledTrialResult[t.length][][];
      for (int a = 0; a < t.length; a++) {
        c[a] = new CoupledTrialResult[t[a].length][];
        for (int d = 0; d < t[a].length; d++) {
          c[a][d] = t[a][d].clone();
          for (int i = 0; i < c[a][d].length; i++) {
            Objects.requireNonNull(c[a][d][i], "trialResults[" + a + "][" + d + "][" + i + "]");
          }
        }
      }
      return c;
    }

    private static int[][][] sizes(CoupledTrialResult[][][] t) {
      int[][][] s = new int[t.length][][];
      for (int a = 0; a < t.length; a++) {
        s[a] = new int[t[a].length][];
        for (int d = 0; d < t[a].length; d++) {
          s[a][d] = new int[t[a][d].length];
          for (int i = 0; i < t[a][d].length; i++) {
            s[a][d][i] = patientsTreated(t[a][d][i]);
          }
        }
      }
      return s;
    }

    private static double[][][] durations(CoupledTrialResult[][][] t) {
      double[][][] s = new double[t.length][][];
      for (int a = 0; a < t.length; a++) {
        s[a] = new double[t[a].length][];
        for (int d = 0; d < t[a].length; d++) {
          s[a][d] = new double[t[a][d].length];
          for (int i = 0; i < t[a][d].length; i++) {
            s[a][d][i] = t[a][d][i].durationDays();
          }
        }
      }
      return s;
    }

    /**
     * Whether every trial's result was kept (the local engine keeps them; a distributed one may not).
     *
     * @return whether every trial's result was kept (the local engine keeps them; a distributed one may not)
     */
    public boolean hasTrialResults() {
      return trialResults != null;
    }

    /**
     * Trial {@code trial}'s result in arm {@code arm}, design {@code design} (0-based).
     *
     * @param arm the arm's name
     * @param design the design's name
     * @param trial the trial's index, 0-based
     * @return trial {@code trial}'s result in arm {@code arm}, design {@code design} (0-based)
     * @throws IllegalStateException when the engine kept no per-trial results ({@link #hasTrialResults})
     */
    public CoupledTrialResult trialResult(int arm, int design, int trial) {
      if (trialResults == null) {
        throw new IllegalStateException("this engine kept no per-trial results");
      }
      return trialResults[arm][design][trial];
    }

    /**
     * The point as run (trials and threads possibly overridden).
     *
     * @return the point as run (trials and threads possibly overridden)
     */
    public GridPoint point() {
      return point;
    }

    /**
     * The study result.
     *
     * @return the study result
     */
    public CoupledStudy.Result result() {
      return result;
    }

    /**
     * Trials recorded for arm {@code arm} and design {@code design} (0-based).
     *
     * @param arm the arm's name
     * @param design the design's name
     * @return trials recorded for arm {@code arm} and design {@code design} (0-based)
     */
    public int trials(int arm, int design) {
      return sampleSize[arm][design].length;
    }

    /**
     * Patients treated (escalation and stage) in trial {@code trial} of arm {@code arm}, design {@code design}.
     *
     * @param arm the arm's name
     * @param design the design's name
     * @param trial the trial's index, 0-based
     * @return patients treated (escalation and stage) in trial {@code trial} of arm {@code arm}, design {@code design}
     */
    public int sampleSize(int arm, int design, int trial) {
      return sampleSize[arm][design][trial];
    }

    /**
     * Duration in days of trial {@code trial} of arm {@code arm}, design {@code design}.
     *
     * @param arm the arm's name
     * @param design the design's name
     * @param trial the trial's index, 0-based
     * @return duration in days of trial {@code trial} of arm {@code arm}, design {@code design}
     */
    public double durationDays(int arm, int design, int trial) {
      return durationDays[arm][design][trial];
    }
  }

  /**
   * Runs {@code scenario}.
   *
   * @param scenario the parsed scenario
   * @param trials trials per point, or {@code null} for the file's
   * @param threads worker threads, or {@code null} for the file's
   * @param monitor told the number of trials done (over all points) while the engine runs
   * @return every grid point's results, in grid order
   */
  public static List<PointResult> run(ScenarioFile scenario, Integer trials, Integer threads, Monitor monitor) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(monitor, "monitor");
    if (trials != null && (trials < 1 || trials > 10_000_000)) {
      throw new IllegalArgumentException("trials must be in [1, 10000000], got " + trials);
    }
    if (threads != null && (threads < 1 || threads > 1024)) {
      throw new IllegalArgumentException("threads must be in [1, 1024], got " + threads);
    }
    List<PointResult> out = new ArrayList<>();
    for (GridPoint gp0 : scenario.points()) {
      GridPoint gp = withRun(gp0, trials, threads);
      CoupledStudy.Settings s = gp.settings();
      int na = s.arms().size();
      int nd = s.designs().size();
      int n = s.monteCarlo().trials();
      CoupledTrialResult[][][] results = new CoupledTrialResult[na][nd][n];
      monitor.pointStarted(gp, scenario.points().size());
      CoupledStudy.Result r;
      try {
        r = run(gp, s, results, monitor);
      } catch (SimulationFailedException e) {
        // one line naming the grid point, then the trial, the virtual patient and its sampled parameters
        throw scenario.points().size() == 1 ? e : e.of("grid point " + gp.index() + " (" + gp.label() + ")");
      }
      out.add(new PointResult(gp, r, results));
    }
    return out;
  }

  private static CoupledStudy.Result run(GridPoint gp, CoupledStudy.Settings s, CoupledTrialResult[][][] trials,
      Monitor monitor) {
    long truthTotal = (long) s.arms().size() * s.truthPatients();
    // the truth that run() would compute itself, with its progress reported
    java.util.List<org.escalon.simulation.pkpd.ModelTruth> truths =
        CoupledStudy.truths(s, done -> monitor.truthDone(done, truthTotal));
    return CoupledStudy.run(s, truths, null, monitor::trialsDone, t -> {
        trials[t.armIndex()][t.designIndex()][(int) t.trialIndex()] = t.result();
        monitor.trial(gp, t);
      });
  }

  /**
   * Patients treated in a trial: the escalation's and the optimisation stage's (the sample size reported).
   *
   * @param r patients treated in a trial: the escalation's and the optimisation stage's (the sample size reported)
   * @return patients treated in a trial: the escalation's and the optimisation stage's (the sample size reported)
   */
  public static int patientsTreated(CoupledTrialResult r) {
    int total = r.escalationSize();
    for (int v : r.stageN()) {
      total += v;
    }
    return total;
  }

  /**
   * The point as {@link #run} runs it: with {@code trials} trials and {@code threads} threads when given (each
   * {@code null} keeps the file's value).
   *
   * @param gp the grid point as the file gives it
   * @param trials trials per point, or {@code null} for the file's
   * @param threads worker threads, or {@code null} for the file's
   * @return the point as {@link #run} runs it: with {@code trials} trials and {@code threads} threads when given (each
   *     {@code null} keeps the file's value)
   */
  public static GridPoint withRun(GridPoint gp, Integer trials, Integer threads) {
    CoupledStudy.Settings s = gp.settings();
    MonteCarloSettings mc = s.monteCarlo();
    MonteCarloSettings m2 = MonteCarloSettings.of(trials == null ? mc.trials() : trials, mc.seed(),
        threads == null ? mc.threads() : threads);
    return new GridPoint(gp.index(), gp.label(), gp.values(), new CoupledStudy.Settings(s.arms(), s.designs(),
        s.model(), s.accrual(), s.rp2dRule(), s.stage(), s.target(), s.truthPatients(), m2), gp.cycles(),
        gp.doseHolds());
  }
}
