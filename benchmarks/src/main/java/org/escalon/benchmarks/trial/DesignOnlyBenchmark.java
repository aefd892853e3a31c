package org.escalon.benchmarks.trial;

import java.util.concurrent.TimeUnit;
import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.montecarlo.MonteCarloRunner;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.OcAccumulator;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.TrialRunner;
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
 * Design-only trials per second: 5 doses, true DLT probabilities (0.05, 0.15, 0.3, 0.45, 0.6), BOIN with 10 cohorts
 * of 3 (φ = 0.3) or 3+3 variant A. {@code monteCarlo} runs {@value #TRIALS} trials per invocation through the
 * Monte Carlo runner on {@code threads} threads (per-trial streams, accumulation, block reduction: what users get),
 * so its score is trials per second. {@code oneTrial} is one trial on one thread without the runner.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar DesignOnly -f 1 -wi 2 -i 3 -w 2s -r 2s
 *   java -jar benchmarks/target/benchmarks.jar DesignOnly.oneTrial -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DesignOnlyBenchmark {

  static final int TRIALS = 20_000;

  @Param({"boin", "3+3"})
  String design;

  @Param({"1", "2"})
  int threads;

  EscalationDesign escalationDesign;
  FixedToxicity toxicity;
  MonteCarloSettings settings;
  long seed;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    escalationDesign = design.equals("boin") ? Designs.boin(0.3, 5, 3, 10) : Designs.threePlusThree(5);
    toxicity = FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6);
    seed = 1;
    settings = MonteCarloSettings.of(TRIALS, seed, threads);
  }

  /**
   * {@value #TRIALS} trials through the Monte Carlo runner; the score is trials per second.
   *
   * @return the accumulated per-dose counts and selections of the trials
   */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public OcAccumulator monteCarlo() {
    EscalationDesign d = escalationDesign;
    FixedToxicity t = toxicity;
    return MonteCarloRunner.run(
        settings,
        () -> {
          TrialRunner runner = new TrialRunner(d, t);
          return (i, rng, acc) -> {
            int mtd = runner.runInPlace(i, rng);
            acc.add(runner.state(), mtd);
          };
        },
        () -> new OcAccumulator(5, 3),
        OcAccumulator::combine);
  }

  /** Per-thread state of {@link #oneTrial}. */
  @State(Scope.Thread)
  public static class OneTrialState {
    TrialRunner runner;
    long index;

    /**
     * One runner per benchmark thread.
     *
     * @param b the benchmark, whose design and true DLT probabilities the runner uses
     */
    @Setup
    public void setUp(DesignOnlyBenchmark b) {
      runner = new TrialRunner(b.escalationDesign, b.toxicity);
    }
  }

  /**
   * One trial (stream creation, cohorts, MTD selection) on the calling thread.
   *
   * @param s this thread's runner and next trial index
   * @return the selected MTD level (0: none)
   */
  @Benchmark
  public int oneTrial(OneTrialState s) {
    long i = s.index++;
    return s.runner.runInPlace(i, RandomStreams.trial(seed, i));
  }
}
