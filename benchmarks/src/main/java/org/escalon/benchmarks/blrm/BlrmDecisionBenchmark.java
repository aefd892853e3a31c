package org.escalon.benchmarks.blrm;

import java.util.concurrent.TimeUnit;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.BlrmEvaluation;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.design.blrm.BlrmPosterior;
import org.escalon.simulation.design.blrm.BlrmPrior;
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
 * One BLRM decision (posterior by quadrature, interval probabilities of every dose, EWOC, increment and stopping
 * rules; without the design's memo) for K = 5, 10 or 15 doses with data at the lower doses (a trial in progress:
 * 15–24 patients on 4–6 doses). {@code posterior} is the quadrature alone; {@code decision} adds the interval
 * probabilities and the rules. Target: at most 0.2 ms per decision (issue 13).
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar BlrmDecision -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BlrmDecisionBenchmark {

  @Param({"5", "10", "15"})
  int doses;

  Blrm design;
  TrialState history;

  /** Builds the design (doses 10·1.25^j, d* the middle dose, prior median 0.25) and the data. */
  @Setup
  public void setUp() {
    double[] d = new double[doses];
    for (int j = 0; j < doses; j++) {
      d[j] = 10 * Math.pow(1.25, j);
    }
    design = Blrm.builder(d, d[doses / 2], BlrmPrior.weaklyInformative(0.25)).maxSampleSize(60).build();
    int[] n = new int[doses];
    int[] y = new int[doses];
    int[][] data = doses == 5 ? new int[][] {{3, 3, 6, 3}, {0, 0, 1, 1}}
        : doses == 10 ? new int[][] {{3, 3, 3, 6, 3}, {0, 0, 0, 1, 1}}
        : new int[][] {{3, 3, 3, 6, 6, 3}, {0, 0, 0, 1, 1, 2}};
    int last = 0;
    for (int j = 0; j < data[0].length; j++) {
      n[j] = data[0][j];
      y[j] = data[1][j];
      last = j + 1;
    }
    history = new TrialState(doses);
    history.set(n, y, last);
  }

  /**
   * The full decision without the memo.
   *
   * @return the decision with its interval probabilities and EWOC admissibility, recomputed (no memo)
   */
  @Benchmark
  public BlrmEvaluation decision() {
    return design.evaluate(history, false);
  }

  /**
   * The posterior quadrature alone.
   *
   * @return the posterior of (log α, log β) on the quadrature grid
   */
  @Benchmark
  public BlrmPosterior posterior() {
    return BlrmPosterior.fit(design.model(), history.nArray(), history.yArray());
  }
}
