package org.escalon.benchmarks.ode;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.escalon.core.output.PatientResult;
import org.escalon.core.population.PopulationSimulation;
import org.escalon.core.regimen.Regimen;
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
 * Monte Carlo throughput of {@link PopulationSimulation#run}: {@value #PATIENTS} virtual patients of the default
 * population (between-subject variability, dose holds) on 100 µg QD d1–14 + dexamethasone 40 mg, one cycle, with
 * 1 or 2 worker threads. The score is patients per second ({@code @OperationsPerInvocation}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PopulationThroughputBenchmark {

  static final int PATIENTS = 2000;

  /**
   * Worker threads of the population run (results do not depend on it; the score is patients per
   * second).
   */
  @Param({"1", "2"})
  public int threads;

  /**
   * Treatment cycles per patient (28 days each).
   */
  @Param({"1"})
  public int cycles;

  private PopulationSimulation simulation;
  private Regimen regimen;
  private long seed;

  /**
   * The default model and the regimen 100 µg QD d1-14 + dexamethasone 40 mg weekly.
   */
  @Setup
  public void setup() {
    simulation = PopulationSimulation.defaults();
    regimen = Regimen.of(100, "QD d1-14", 40, cycles);
    seed = 20250101L;
  }

  /**
   * {@value #PATIENTS} virtual patients, a new seed each invocation.
   * 
   * @return every patient's result
   */
  @Benchmark
  @OperationsPerInvocation(PATIENTS)
  public List<PatientResult> population() {
    return simulation.run(regimen, PATIENTS, seed++, threads);
  }
}
