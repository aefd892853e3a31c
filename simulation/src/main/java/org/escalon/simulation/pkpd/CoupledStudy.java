package org.escalon.simulation.pkpd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.montecarlo.MonteCarloRunner;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.CoupledOcAccumulator;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.TrialConduct;
import org.escalon.simulation.trial.PatientOutcome;
import org.escalon.simulation.trial.PatientOutcomeSource;

/**
 * A comparison of designs on one or more arms (sets of dose levels, e.g. schedules) in PK/PD-coupled trials:
 * the model truth per arm, then Monte Carlo trials in which, for trial i, every design on every arm sees the
 * same people (person k of trial i) arriving at the same times — common random numbers, so differences between
 * designs and schedules are not noise. Results do not depend on the number of threads.
 *
 * <pre>
 *   CoupledStudy.Result r = CoupledStudy.run(new CoupledStudy.Settings(arms, designs,
 *       VirtualPatientModel.defaults(), Accrual.DEFAULT, Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.3,
 *       20_000, new MonteCarloSettings(1000, 1, 2)));
 * </pre>
 */
public final class CoupledStudy {

  /** Stream tag of accrual times. */
  public static final long ACCRUAL = 0x7A11_0003L;

  /** Trials per Monte Carlo block (small: coupled trials are expensive, and every thread should get work). */
  public static final int BLOCK_SIZE = 4;

  private CoupledStudy() {}

  /**
   * What to run.
   *
   * @param arms arms (each its own set of levels)
   * @param designs designs, each run on every arm
   * @param model virtual patients
   * @param accrual accrual and DLT window
   * @param rp2dRule RP2D rule
   * @param stage optimisation stage
   * @param target target DLT probability (true MTD)
   * @param truthPatients virtual patients for the model truth (default 20,000)
   * @param monteCarlo trials, seed, threads
   */
  public record Settings(List<Arm> arms, List<NamedDesign> designs, VirtualPatientModel model, Accrual accrual,
      Rp2dRule rp2dRule, OptimisationStage stage, double target, int truthPatients,
      MonteCarloSettings monteCarlo) {
    /**
     * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so
     * that the record is immutable.     *
     * @param arms arms (each its own set of levels)
     * @param designs designs, each run on every arm
     * @param model virtual patients
     * @param accrual accrual and DLT window
     * @param rp2dRule RP2D rule
     * @param stage optimisation stage
     * @param target target DLT probability (true MTD)
     * @param truthPatients virtual patients for the model truth (default 20,000)
     * @param monteCarlo trials, seed, threads
     */
    public Settings {
      arms = List.copyOf(Objects.requireNonNull(arms, "arms"));
      designs = List.copyOf(Objects.requireNonNull(designs, "designs"));
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(accrual, "accrual");
      Objects.requireNonNull(rp2dRule, "rp2dRule");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(monteCarlo, "monteCarlo");
      if (arms.isEmpty()) {
        throw new IllegalArgumentException("arms must not be empty");
      }
      if (designs.isEmpty()) {
        throw new IllegalArgumentException("designs must not be empty");
      }
      if (!(target > 0) || !(target < 1)) {
        throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
      }
      if (truthPatients < 1) {
        throw new IllegalArgumentException("truthPatients = " + truthPatients + ": must be >= 1");
      }
    }
  }

  /**
   * Results per arm.
   *
   * @param arm the arm
   * @param truth the model truth
   * @param designs operating characteristics per design name, in the order given
   */
  public record ArmResult(Arm arm, ModelTruth truth, Map<String, CoupledOc> designs) {
    /**
     * Copies the arrays and lists given, so that the record is immutable.     *
     * @param arm the arm
     * @param truth the model truth
     * @param designs designs, each run on every arm
     */
    public ArmResult {
      designs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(designs));
    }
  }

  /**
   * The study's results.
   *
   * @param arms per arm, in order
   * @param seconds wall time
   */
  public record Result(List<ArmResult> arms, double seconds) {
    /**
     * Copies the arrays and lists given, so that the record is immutable.     *
     * @param arms arms (each its own set of levels)
     * @param seconds wall time
     */
    public Result {
      arms = List.copyOf(arms);
    }
  }

  /**
   * One trial of one design on one arm, as given to a {@link TrialListener}.
   *
   * @param trialIndex the trial index i (0-based)
   * @param armIndex index of the arm in {@link Settings#arms()}
   * @param designIndex index of the design in {@link Settings#designs()}
   * @param result the trial
   * @param patients the escalation patients in enrolment order (patient k at level {@code
   *     result.patientLevels()[k]}), with their simulated courses when the source has a PK/PD model; the
   *     optimisation-stage patients are not listed
   */
  public record TrialRecord(long trialIndex, int armIndex, int designIndex, CoupledTrialResult result,
      List<PatientOutcome> patients) {
    /**
     * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so
     * that the record is immutable.     *
     * @param result the trial
     * @param trialIndex the trial index i (0-based)
     * @param armIndex index of the arm in {@link Settings#arms()}
     * @param designIndex index of the design in {@link Settings#designs()}
     * @param patients the escalation patients in enrolment order (patient k at level {@code
     *     result.patientLevels()[k]}), with their simulated courses when the source has a PK/PD model; the
     *     optimisation-stage patients are not listed
     */
    public TrialRecord {
      Objects.requireNonNull(result, "result");
      patients = List.copyOf(Objects.requireNonNull(patients, "patients"));
    }
  }

  /**
   * Receives every trial of a study (e.g. to collect per-trial sample sizes and durations, or to export patients).
   * Calls come in trial-index order (within a trial: arms in order, designs in order), one at a time, never
   * concurrently, from worker threads; so what a listener computes does not depend on the number of threads. An
   * exception thrown by the listener ends the run and is rethrown by {@code run}. A slow listener slows the run.
   */
  @FunctionalInterface
  public interface TrialListener {
    /**
     * Called once per trial × arm × design.
     *
     * @param trial the trial, with its arm, design and patients
     */
    void onTrial(TrialRecord trial);
  }

  /**
   * Runs the study with PK/PD virtual patients.
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @return the results per arm: the model truth and the operating characteristics of every design
   */
  public static Result run(Settings s) {
    return run(s, null, null, trialsDone -> { });
  }

  /**
   * Runs the study.
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @param truths the truth per arm if already known (e.g. for fixed-probability sources), else {@code null} to
   * compute it from the model
   * @param sources the patient source per arm, or {@code null} for PK/PD virtual patients
   * @param progress called with the number of trials finished (from worker threads)
   * @return runs the study
   */
  public static Result run(Settings s, List<ModelTruth> truths, List<PatientOutcomeSource> sources,
      LongConsumer progress) {
    return run(s, truths, sources, progress, null);
  }

  /**
   * Runs the study, telling {@code listener} about every trial (see {@link TrialListener}).
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @param truths the truth per arm if already known, else {@code null}
   * @param sources the patient source per arm, or {@code null} for PK/PD virtual patients
   * @param progress called with the number of trials finished (from worker threads)
   * @param listener receives every trial in trial order, or {@code null}
   * @return the results per arm: the model truth and the operating characteristics of every design
   */
  public static Result run(Settings s, List<ModelTruth> truths, List<PatientOutcomeSource> sources,
      LongConsumer progress, TrialListener listener) {
    Objects.requireNonNull(s, "settings");
    Objects.requireNonNull(progress, "progress");
    checkPerArm("truths", truths, s);
    checkPerArm("sources", sources, s);
    for (Arm arm : s.arms()) { // a design that refuses the study's settings says so before the model truth is computed
      for (NamedDesign d : s.designs()) {
        d.conduct(arm.levels().size(), s.accrual(), s.rp2dRule(), s.stage());
      }
    }
    long t0 = System.nanoTime();
    List<ModelTruth> truthList = new ArrayList<>();
    List<PatientOutcomeSource> sourceList = new ArrayList<>();
    prepareArms(s, truths, sources, truthList, sourceList);
    InOrder inOrder = listener == null ? null : new InOrder(listener, 0);
    AtomicLong done = new AtomicLong();
    CoupledOcAccumulator[][] total = MonteCarloRunner.run(s.monteCarlo(), BLOCK_SIZE,
        () -> trialWorker(s, sourceList, inOrder, () -> progress.accept(done.incrementAndGet())),
        () -> newAccumulators(s, truthList), CoupledStudy::combine);
    return result(s, truthList, total, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The number of Monte Carlo blocks ({@link #BLOCK_SIZE} consecutive trials each, the last possibly short) that
   * {@code s} runs.
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @return the number of Monte Carlo blocks ({@link #BLOCK_SIZE} consecutive trials each, the last possibly short)
   *     that {@code s} runs
   */
  public static int blockCount(Settings s) {
    return MonteCarloRunner.blockCount(s.monteCarlo().trials(), BLOCK_SIZE);
  }

  /**
   * Runs the trials of Monte Carlo blocks {@code fromBlock..toBlock−1} on the calling thread exactly as {@link
   * #run(Settings, List, List, LongConsumer, TrialListener) run} runs them, and returns one accumulator per block
   * ({@code [arm][design]}), in block order: the hook for engines that spread a study over processes or machines.
   * Folding every block's accumulators in block order ({@link org.escalon.simulation.montecarlo.BlockFold} with
   * {@link #combine}) and passing the total to {@link #result} gives bit for bit the result of {@code run}.
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @param truths the truth of every arm, as {@code run} computes it (needed for the true MTD and optimal level)
   * @param fromBlock the first block, ≥ 0
   * @param toBlock one past the last block
   * @param listener receives every trial of these blocks in trial order, or {@code null}
   * @return one accumulator array {@code [arm][design]} per block, in block order
   */
  public static List<CoupledOcAccumulator[][]> runBlocks(Settings s, List<ModelTruth> truths, int fromBlock,
      int toBlock, TrialListener listener) {
    Objects.requireNonNull(s, "settings");
    Objects.requireNonNull(truths, "truths");
    checkPerArm("truths", truths, s);
    List<ModelTruth> truthList = new ArrayList<>();
    List<PatientOutcomeSource> sourceList = new ArrayList<>();
    prepareArms(s, truths, null, truthList, sourceList);
    InOrder inOrder = listener == null ? null : new InOrder(listener, (long) fromBlock * BLOCK_SIZE);
    return MonteCarloRunner.runBlocks(s.monteCarlo(), BLOCK_SIZE, fromBlock, toBlock,
        trialWorker(s, sourceList, inOrder, () -> { }), () -> newAccumulators(s, truthList));
  }

  /**
   * Adds a later block's accumulators ({@code [arm][design]}) into an earlier block's.
   *
   * @param earlier the accumulators so far, {@code [arm][design]}; the later ones are added into them
   * @param later the next block's accumulators, {@code [arm][design]}
   */
  public static void combine(CoupledOcAccumulator[][] earlier, CoupledOcAccumulator[][] later) {
    if (earlier.length != later.length) {
      throw new IllegalArgumentException("cannot combine accumulators of " + earlier.length + " and "
          + later.length + " arms");
    }
    for (int a = 0; a < earlier.length; a++) {
      if (earlier[a].length != later[a].length) {
        throw new IllegalArgumentException("cannot combine accumulators of " + earlier[a].length + " and "
            + later[a].length + " designs");
      }
      for (int d = 0; d < earlier[a].length; d++) {
        earlier[a][d].combine(later[a][d]);
      }
    }
  }

  /**
   * The study's result from the truth of every arm and the accumulators of all its trials ({@code [arm][design]},
   * blocks combined in block order), as {@link #run(Settings) run} assembles it.
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @param truths the truth per arm if already known (e.g. for fixed-probability sources), else {@code null} to compute
   *     it from the model
   * @param total every trial's accumulators, {@code [arm][design]}, blocks combined in block order
   * @param seconds the wall time to report
   * @return the study's result from the truth of every arm and the accumulators of all its trials ({@code
   *     [arm][design]}, blocks combined in block order), as {@link #run(Settings) run} assembles it
   */
  public static Result result(Settings s, List<ModelTruth> truths, CoupledOcAccumulator[][] total,
      double seconds) {
    Objects.requireNonNull(s, "settings");
    Objects.requireNonNull(total, "total");
    checkPerArm("truths", Objects.requireNonNull(truths, "truths"), s);
    checkPerArm("total", List.of(total), s);
    List<ArmResult> out = new ArrayList<>();
    for (int a = 0; a < s.arms().size(); a++) {
      Map<String, CoupledOc> m = new LinkedHashMap<>();
      for (int d = 0; d < s.designs().size(); d++) {
        String name = s.designs().get(d).name();
        m.put(name, total[a][d].result(name, truths.get(a).dltProb()));
      }
      out.add(new ArmResult(s.arms().get(a), truths.get(a), m));
    }
    return new Result(out, seconds);
  }

  /** One block's empty accumulators, {@code [arm][design]}. */
  private static CoupledOcAccumulator[][] newAccumulators(Settings s, List<ModelTruth> truthList) {
    int na = s.arms().size();
    int nd = s.designs().size();
    CoupledOcAccumulator[][] acc = new CoupledOcAccumulator[na][nd];
    for (int a = 0; a < na; a++) {
      ModelTruth t = truthList.get(a);
      for (int d = 0; d < nd; d++) {
        acc[a][d] = new CoupledOcAccumulator(s.arms().get(a).levels().size(), t.trueMtd(), t.trueOptimal());
      }
    }
    return acc;
  }

  private static void checkPerArm(String name, List<?> perArm, Settings s) {
    if (perArm != null && perArm.size() != s.arms().size()) {
      throw new IllegalArgumentException(name + " must have one entry per arm (" + s.arms().size() + "), got "
          + perArm.size());
    }
  }

  /**
   * The model truth of every arm, as {@link #run} computes it when none is given (so passing these to {@code run}
   * changes nothing), with progress: virtual patients finished over all arms (arms one after the other).
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @param progress called with the number of trials finished (from worker threads)
   * @return the model truth of every arm, as {@link #run} computes it when none is given (so passing these to {@code
   *     run} changes nothing), with progress: virtual patients finished over all arms (arms one after the other)
   */
  public static List<ModelTruth> truths(Settings s, LongConsumer progress) {
    Objects.requireNonNull(s, "settings");
    Objects.requireNonNull(progress, "progress");
    List<ModelTruth> out = new ArrayList<>();
    long before = 0;
    for (Arm arm : s.arms()) {
      long offset = before;
      out.add(ModelTruth.compute(s.model(), arm.levels(), s.truthPatients(), s.monteCarlo().seed(),
          s.monteCarlo().threads(), s.target(), s.rp2dRule(), done -> progress.accept(offset + done)));
      before += s.truthPatients();
    }
    return out;
  }

  /** The truth and the patient source of every arm: given, or from the model. */
  private static void prepareArms(Settings s, List<ModelTruth> truths, List<PatientOutcomeSource> sources,
      List<ModelTruth> truthList, List<PatientOutcomeSource> sourceList) {
    long seed = s.monteCarlo().seed();
    for (int a = 0; a < s.arms().size(); a++) {
      Arm arm = s.arms().get(a);
      truthList.add(truths != null ? truths.get(a)
          : ModelTruth.compute(s.model(), arm.levels(), s.truthPatients(), seed, s.monteCarlo().threads(),
              s.target(), s.rp2dRule()));
      sourceList.add(sources != null ? sources.get(a) : new PkPdOutcomeSource(s.model(), arm.levels(), seed));
      if (sourceList.get(a).levelCount() != arm.levels().size()) {
        throw new IllegalArgumentException("source of arm " + arm.name() + " has "
            + sourceList.get(a).levelCount() + " levels, the arm " + arm.levels().size());
      }
    }
  }

  /** One thread's worker: trial i of every design on every arm, with the same people and arrivals. */
  private static MonteCarloRunner.TrialWorker<CoupledOcAccumulator[][]> trialWorker(Settings s,
      List<PatientOutcomeSource> sourceList, InOrder inOrder, Runnable trialDone) {
    int na = s.arms().size();
    int nd = s.designs().size();
    long seed = s.monteCarlo().seed();
    TrialConduct[][] runners = new TrialConduct[na][nd];
    for (int a = 0; a < na; a++) {
      for (int d = 0; d < nd; d++) {
        runners[a][d] = s.designs().get(d).conduct(s.arms().get(a).levels().size(), s.accrual(), s.rp2dRule(),
            s.stage());
      }
    }
    return (i, rng, acc) -> {
      List<TrialRecord> records = inOrder == null ? null : new ArrayList<>(na * nd);
      for (int a = 0; a < na; a++) {
        // every arm gets trial i's stream from its start (a source such as FixedOutcomeSource draws its patients
        // from it): sharing one stream across arms would give arm 2 other people than arm 1
        PatientOutcomeSource.TrialPatients patients =
            sourceList.get(a).forTrial(i, a == 0 ? rng : RandomStreams.trial(seed, i));
        Accrual.Arrivals arrivals = s.accrual().arrivals(RandomStreams.stream(seed, ACCRUAL, i));
        for (int d = 0; d < nd; d++) {
          CoupledTrialResult r = runners[a][d].run(patients, arrivals);
          acc[a][d].add(r);
          if (records != null) {
            records.add(new TrialRecord(i, a, d, r, people(patients, r)));
          }
        }
      }
      if (inOrder != null) {
        inOrder.deliver(i, records);
      }
      trialDone.run();
    };
  }

  /** The escalation patients of a trial in enrolment order (cached outcomes: no new simulation). */
  private static List<PatientOutcome> people(PatientOutcomeSource.TrialPatients patients, CoupledTrialResult r) {
    int[] lv = r.patientLevels();
    List<PatientOutcome> people = new ArrayList<>(lv.length);
    for (int k = 0; k < lv.length; k++) {
      people.add(patients.outcome(k, lv[k]));
    }
    return people;
  }

  /** Hands trial records to a listener in trial-index order, whatever thread finishes which trial first. */
  private static final class InOrder {
    private final TrialListener listener;
    private final Map<Long, List<TrialRecord>> pending = new java.util.HashMap<>();
    private long next;

    InOrder(TrialListener listener, long first) {
      this.listener = listener;
      this.next = first;
    }

    synchronized void deliver(long trialIndex, List<TrialRecord> records) {
      pending.put(trialIndex, records);
      for (List<TrialRecord> r = pending.remove(next); r != null; r = pending.remove(next)) {
        next++;
        for (TrialRecord t : r) {
          listener.onTrial(t);
        }
      }
    }
  }

  /**
   * Runs with a progress callback.
   *
   * @param s the study: arms, designs, virtual-patient model, accrual, RP2D rule, optimisation stage, target,
   *     truth size and Monte Carlo settings
   * @param progress called with the number of trials finished (from worker threads)
   * @return the results per arm: the model truth and the operating characteristics of every design
   */
  public static Result run(Settings s, LongConsumer progress) {
    return run(s, null, null, progress);
  }
}
