package org.escalon.simulation.oc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.montecarlo.MonteCarloRunner;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.BfBoinAccrual;
import org.escalon.simulation.trial.BfBoinTrial;
import org.escalon.simulation.trial.FixedOutcomeSource;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.WeibullOnset;

/**
 * Design-only operating characteristics of BF-BOIN as R {@code bfboin::get.oc.bf} simulates them, with Monte Carlo
 * standard errors (docs/designs.md, "Backfilling: BF-BOIN"). Trial i's patients are those of {@link
 * FixedOutcomeSource} on trial stream i (patient k, the k-th treated, has a DLT iff u_k &lt; p, its onset the Weibull
 * quantile with half the DLTs in each half of the window, its response known at the window's end), so with the same
 * seed the escalation patients are exactly those of {@code MonteCarloOc} for BOIN; arrivals come from their own
 * stream (seed, {@link #ARRIVALS}, i). Results are identical for any number of threads.
 */
public final class BfBoinOc {

  /** Stream tag of the arrival times of design-only BF-BOIN trials. */
  public static final long ARRIVALS = 0x0BF0_B014L;

  /** The days of the {@link FixedOutcomeSource} window, rescaled to the study's months. */
  private static final int SOURCE_WINDOW_DAYS = 28;

  private BfBoinOc() {}

  /**
   * Simulates {@code design}.
   *
   * @param design the design
   * @param pTrue true DLT probability per dose, each in [0, 1]
   * @param pResponse true response probability per dose, each in [0, 1]
   * @param accrual arrival rate, gaps and DLT window (months)
   * @param settings trials, seed, threads
   * @return the operating characteristics, with the backfill counts and the duration in months
   */
  public static BackfillOc run(BfBoin design, double[] pTrue, double[] pResponse, BfBoinAccrual accrual,
      MonteCarloSettings settings) {
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(accrual, "accrual");
    Objects.requireNonNull(settings, "settings");
    FixedOutcomeSource source = new FixedOutcomeSource(pTrue, pResponse, SOURCE_WINDOW_DAYS,
        WeibullOnset.DEFAULT_ALPHA, WeibullOnset.DEFAULT_ALPHA);
    int k = design.doseCount();
    if (source.levelCount() != k) {
      throw new IllegalArgumentException("pTrue has " + source.levelCount() + " doses; the design has " + k);
    }
    int trueMtd = FixedToxicity.of(pTrue).trueMtd(design.target());
    double window = accrual.windowMonths();
    double monthsPerDay = window / SOURCE_WINDOW_DAYS;
    long seed = settings.seed();
    Accumulator acc = MonteCarloRunner.run(settings,
        () -> {
          BfBoinTrial trial = new BfBoinTrial(design);
          return (i, rng, a) -> a.add(trial.run(source.forTrial(i, rng),
              accrual.arrivals(RandomStreams.stream(seed, ARRIVALS, i)), window, monthsPerDay));
        },
        () -> new Accumulator(k, trueMtd),
        Accumulator::combine);
    return acc.result(design.name(), pTrue);
  }

  /** Sums over trials; one per Monte Carlo block, combined in block order. */
  static final class Accumulator {
    private final OcAccumulator base;
    private final TrialState state;
    private final Moments duration = new Moments();
    private final Moments[] backfilled;
    private final Moments turnedAway = new Moments();
    private final Moments excluded = new Moments();

    Accumulator(int k, int trueMtd) {
      base = new OcAccumulator(k, trueMtd);
      state = new TrialState(k);
      backfilled = new Moments[k];
      for (int j = 0; j < k; j++) {
        backfilled[j] = new Moments();
      }
    }

    void add(BfBoinTrial.Result r) {
      state.set(r.n(), r.y(), 0);
      base.add(state, r.mtd());
      duration.add(r.duration());
      int[] bf = r.backfilled();
      for (int j = 0; j < bf.length; j++) {
        backfilled[j].add(bf[j]);
      }
      turnedAway.add(r.turnedAway());
      excluded.add(r.backfillExcluded());
    }

    void combine(Accumulator later) {
      base.combine(later.base);
      duration.combine(later.duration);
      for (int j = 0; j < backfilled.length; j++) {
        backfilled[j].combine(later.backfilled[j]);
      }
      turnedAway.combine(later.turnedAway);
      excluded.combine(later.excluded);
    }

    BackfillOc result(String name, double[] pTrue) {
      List<Estimate> bf = new ArrayList<>(backfilled.length);
      for (Moments m : backfilled) {
        bf.add(m.estimate());
      }
      return new BackfillOc(base.result(name, pTrue), duration.estimate(), bf, turnedAway.estimate(),
          excluded.estimate());
    }
  }
}
