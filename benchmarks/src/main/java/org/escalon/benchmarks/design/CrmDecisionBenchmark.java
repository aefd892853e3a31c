package org.escalon.benchmarks.design;

import java.util.concurrent.TimeUnit;
import org.escalon.simulation.design.Crm;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.design.crm.CrmFit;
import org.escalon.simulation.design.crm.CrmModel;
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
 * One CRM decision ({@code Crm.decide}: posterior mean of β by quadrature, dfcrm's recommendation and the conduct
 * rules) and one full fit ({@code Crm.fit}: also the variance, bounds and posterior-mean DLT probabilities), for
 * the empiric and logistic models, 5 doses, after 6 patients ({@code 1NNN 2NTN}) and after 21 patients.
 * Target: one decision ≤ 20 µs.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar CrmDecision -f 1 -wi 3 -i 5
 *   java -jar benchmarks/target/benchmarks.jar CrmDecision.decide -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CrmDecisionBenchmark {

  @Param({"empiric", "logistic"})
  String model;

  @Param({"6", "21"})
  int patients;

  Crm crm;
  TrialState state;

  /** Builds the design and the history. */
  @Setup
  public void setUp() {
    crm = Crm.builder(0.25, new double[] {0.08, 0.16, 0.25, 0.35, 0.46}).model(CrmModel.parse(model))
        .cohortSize(3).sampleSize(30).build();
    state = new TrialState(5);
    state.treat(1, 3, 0);
    state.treat(2, 3, 1);
    if (patients == 21) {
      state.treat(2, 3, 0);
      state.treat(3, 3, 1);
      state.treat(3, 3, 0);
      state.treat(4, 3, 2);
      state.treat(3, 3, 1);
    }
  }

  /**
   * One decision, as the Monte Carlo and exact engines make it.
   *
   * @return the next dose, cohort size and stop decision
   */
  @Benchmark
  public Recommendation decide() {
    return crm.decide(state);
  }

  /**
   * One full fit, as {@code next-dose} prints it.
   *
   * @return the posterior fit (β estimate, per-dose DLT probabilities and intervals)
   */
  @Benchmark
  public CrmFit fit() {
    return crm.fit(state);
  }
}
