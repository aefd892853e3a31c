package org.escalon.benchmarks.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.pkpd.PkPdOutcomeSource;
import org.escalon.simulation.pkpd.VirtualPatientModel;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.CoupledTrialRunner;
import org.escalon.simulation.trial.DoseLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PK/PD-coupled trials on the default scenario's QD d1-14 arm (37.5–150 µg + dexamethasone 40 mg, 7 levels, 6
 * cycles, dose holds): {@code oneTrial} is one BOIN trial (10 cohorts of 3) on one thread with fresh virtual
 * patients every invocation (a new trial index, so no cache hits across invocations); {@code monteCarlo} runs
 * {@value #TRIALS} trials through {@link CoupledStudy} on {@code threads} threads (the model truth is given, not
 * computed), so its score is trials per second and the two thread counts show the scaling.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar CoupledTrial -f 1 -wi 2 -i 3 -w 5s -r 5s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CoupledTrialBenchmark {

  static final int TRIALS = 32;

  @Param({"1", "2"})
  int threads;

  List<DoseLevel> levels;
  PkPdOutcomeSource source;
  CoupledTrialRunner runner;
  CoupledStudy.Settings settings;
  List<ModelTruth> truths;
  long nextTrial;
  long nextSeed;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    levels = new ArrayList<>();
    for (double d : new double[] {37.5, 50, 62.5, 75, 100, 125, 150}) {
      levels.add(DoseLevel.of(d, "QD d1-14", 40));
    }
    VirtualPatientModel model = VirtualPatientModel.defaults();
    source = new PkPdOutcomeSource(model, levels, 1);
    runner = new CoupledTrialRunner(Designs.boin(0.3, levels.size(), 3, 10), Accrual.DEFAULT, Rp2dRule.DEFAULT,
        OptimisationStage.NONE);
    double[] p = {0.13, 0.17, 0.19, 0.22, 0.25, 0.27, 0.29};
    double[] orr = {0.21, 0.28, 0.34, 0.39, 0.49, 0.56, 0.61};
    truths = List.of(ModelTruth.of(p, orr, 0.3, Rp2dRule.DEFAULT));
    settings = new CoupledStudy.Settings(List.of(new Arm("QD d1-14", levels)),
        List.of(new NamedDesign("boin", k -> Designs.boin(0.3, k, 3, 10))), model, Accrual.DEFAULT,
        Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.3, 100, MonteCarloSettings.of(TRIALS, 1, threads));
  }

  /**
   * One BOIN trial on PK/PD virtual patients (milliseconds per trial).
   *
   * @return the trial's per-dose counts, selected MTD and RP2D
   */
  @Benchmark
  public CoupledTrialResult oneTrial() {
    long i = nextTrial++;
    return runner.run(source.forTrial(i, RandomStreams.trial(1, i)),
        Accrual.DEFAULT.arrivals(RandomStreams.trial(2, i)));
  }

  /**
   * {@value #TRIALS} trials through the Monte Carlo runner (milliseconds per trial).
   *
   * @return the operating characteristics of the trials
   */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public CoupledStudy.Result monteCarlo() {
    // a new seed each invocation: fresh patients, no reuse of anything across invocations
    CoupledStudy.Settings s = new CoupledStudy.Settings(settings.arms(), settings.designs(), settings.model(),
        settings.accrual(), settings.rp2dRule(), settings.stage(), settings.target(), settings.truthPatients(),
        MonteCarloSettings.of(TRIALS, ++nextSeed, threads));
    return CoupledStudy.run(s, truths, null, done -> { });
  }
}
