package org.escalon.benchmarks.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.escalon.core.calibration.Calibration;
import org.escalon.core.calibration.CalibrationProblem;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.core.calibration.CalibrationSettings;
import org.escalon.core.calibration.FitParameter;
import org.escalon.core.calibration.Scale;
import org.escalon.core.calibration.Target;
import org.escalon.core.population.PopulationSimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One calibration (issue 11's size): 4 parameters (DC50_T, KDEXMAX, DC50_M on the log scale, EmaxN on the logit
 * scale) to 12 targets (ORR, grade ≥ 3 neutropenia and cycle-1 DLT on 37.5, 75 and 100 µg QD d1-14 and 100 µg QD
 * d1-21, 6 cycles, dexamethasone 40 mg, dose holds) with {@code patients} virtual patients per regimen and the
 * default budgets (CMA-ES 120 evaluations on a quarter of the patients, BOBYQA ≤ 50 on all, then the curvature).
 * A single shot: one calibration is minutes long, so there is no warm-up and one measurement.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar CalibrationBenchmark -p patients=2000 -p threads=2
 *   java -cp benchmarks/target/benchmarks.jar org.escalon.benchmarks.calibration.CalibrationBenchmark 2000 2
 * </pre>
 *
 * The second form runs once and prints the time, the number of evaluations and the fit. Measured once
 * (2026-11-29, the 2-core shared machine, load average 3–5 from other work, recalibrated default model): 2000
 * patients per regimen, 2 threads, 263.8 s for 164 evaluations (issue 11's target: ≤ 5 minutes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CalibrationBenchmark {

  @Param({"2000"})
  int patients;

  @Param({"2"})
  int threads;

  CalibrationProblem problem;
  CalibrationSettings settings;

  /** Builds the problem. */
  @Setup
  public void setUp() {
    problem = problem(patients);
    settings = CalibrationSettings.DEFAULT.withThreads(threads);
  }

  /**
   * One calibration.
   *
   * @return the fitted parameters with their standard errors and the number of evaluations
   */
  @Benchmark
  public CalibrationResult calibrate() {
    return Calibration.run(problem, settings);
  }

  /** The benchmark's problem with {@code n} patients per regimen. */
  static CalibrationProblem problem(int n) {
    String[] reg = {"37.5 ug QD d1-14 x6 + dex 40 mg", "75 ug QD d1-14 x6 + dex 40 mg",
        "100 ug QD d1-14 x6 + dex 40 mg", "100 ug QD d1-21 x6 + dex 40 mg"};
    double[] orr = {0.26, 0.40, 0.50, 0.50};
    double[] g3 = {0.20, 0.38, 0.47, 0.52};
    double[] dlt = {0.07, 0.14, 0.17, 0.26};
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < reg.length; i++) {
      targets.add(Target.proportion(reg[i], "orr", orr[i], 40));
      targets.add(Target.proportion(reg[i], "neutropenia_g3plus", g3[i], 72));
      targets.add(Target.proportion(reg[i], "dlt_cycle1", dlt[i], 60));
    }
    List<FitParameter> fit = List.of(FitParameter.of("DC50_T", 5, 200, Scale.LOG),
        FitParameter.of("KDEXMAX", 0.002, 0.2, Scale.LOG), FitParameter.of("DC50_M", 1, 40, Scale.LOG),
        FitParameter.of("EMAXN", 0.02, 0.8, Scale.LOGIT));
    return new CalibrationProblem(PopulationSimulation.defaults(), fit, targets, n, 1);
  }

  /**
   * Runs once: {@code [patients [threads]]}; prints time, evaluations and the fit.
   *
   * @param args {@code [patients [threads]]}: virtual patients per objective evaluation (default 2000) and worker
   *     threads (default 2)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int t = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long t0 = System.nanoTime();
    CalibrationResult r = Calibration.run(problem(n), CalibrationSettings.DEFAULT.withThreads(t));
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%d patients/regimen, %d threads: %.1f s, %d evaluations, F = %.3f%n", n, t, s,
        r.evaluations(), r.objective());
    System.out.println(r.valuesByName() + " SE " + r.standardErrorsByName());
    r.warnings().forEach(w -> System.out.println("warning: " + w));
  }
}
