package org.escalon.simulation.oc;

import java.util.Objects;
import java.util.function.Supplier;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.montecarlo.MonteCarloRunner;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.CoupledTrialRunner;
import org.escalon.simulation.trial.FixedOutcomeSource;
import org.escalon.simulation.trial.TiteBoinConduct;
import org.escalon.simulation.trial.TrialConduct;

/**
 * Design-only operating characteristics with accrual in calendar time: fixed true DLT probabilities, DLT onset days
 * from {@link org.escalon.simulation.trial.WeibullOnset} ({@link FixedOutcomeSource}), Poisson arrivals, and any
 * {@link TrialConduct} — a {@link TiteBoinConduct} (R {@code TITEgBOIN::get_oc_TITE_QuasiBOIN}) or BOIN's cohorts
 * that wait for the DLT window ({@link CoupledTrialRunner}). Trial i draws its patients from stream (seed, i) exactly
 * as {@link FixedOutcomeSource} does (patient k's DLT is that of {@link org.escalon.simulation.trial.FixedToxicity}
 * on the same seed) and its arrivals from the stream (seed, {@link #ARRIVALS}, i); identical results for any number
 * of threads.
 *
 * <p>Duration, as the package measures it: from the first patient's start to the end of the last patient's DLT
 * window; its mean with the Monte Carlo SE and its standard deviation over trials (R's {@code sd}, n − 1).
 *
 * @param oc selection, patients and DLTs per dose, % no MTD, totals (DLTs counted after every follow-up)
 * @param meanDurationDays mean duration in days with its Monte Carlo standard error
 * @param sdDurationDays standard deviation of the duration over trials (NaN with one trial)
 */
public record TimedOc(OperatingCharacteristics oc, Estimate meanDurationDays, double sdDurationDays) {

  /** Stream tag of the design-only arrival times. */
  public static final long ARRIVALS = 0x7A11_0005L;

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param oc selection, patients and DLTs per dose, % no MTD, totals (DLTs counted after every follow-up)
   * @param meanDurationDays mean duration in days with its Monte Carlo standard error
   * @param sdDurationDays standard deviation of the duration over trials (NaN with one trial)
   */
  public TimedOc {
    Objects.requireNonNull(oc, "oc");
    Objects.requireNonNull(meanDurationDays, "meanDurationDays");
  }

  /**
   * TITE-BOIN as R {@code TITEgBOIN} simulates it.
   *
   * @param design the design
   * @param source true DLT probabilities, DLT window and onset α's (its window is the design's DLT window)
   * @param accrualPerWindow mean arrivals per DLT window (the package's {@code accrual} with {@code maxt} = 1),
   * in [0.01, 1000]
   * @param turnAway arrivals during a suspension are turned away (the package) or wait for it to be lifted
   * @param settings trials, seed, threads
   * @return the operating characteristics and the trials' duration
   */
  public static TimedOc titeBoin(TiteBoin design, FixedOutcomeSource source, double accrualPerWindow,
      boolean turnAway, MonteCarloSettings settings) {
    Objects.requireNonNull(design, "design");
    int w = source.windowDays();
    return run(design.name(), () -> new TiteBoinConduct(design, w, Rp2dRule.DEFAULT, turnAway), source,
        accrualPerWindow, design.target(), settings);
  }

  /**
   * A count-based design whose cohorts wait for the DLT window (patients arriving meanwhile wait; the next cohort
   * opens when the last patient of the previous one has finished the window), as in PK/PD-coupled trials.
   *
   * @param design the design
   * @param source true DLT probabilities, DLT window and onset α's (its window is the design's DLT window)
   * @param accrualPerWindow mean arrivals per DLT window (the package's {@code accrual} with {@code maxt} = 1), in
   *     [0.01, 1000]
   * @param target the target defining the true MTD (NaN: none)
   * @param turnAway patients arriving while a cohort is in its window are turned away (else they wait)
   * @param settings trials, seed, threads
   * @return a count-based design whose cohorts wait for the DLT window (patients arriving meanwhile wait; the next
   *     cohort opens when the last patient of the previous one has finished the window), as in PK/PD-coupled trials
   */
  public static TimedOc waitingCohorts(EscalationDesign design, FixedOutcomeSource source, double accrualPerWindow,
      double target, boolean turnAway, MonteCarloSettings settings) {
    Objects.requireNonNull(design, "design");
    // the arrivals are passed to run(); the accrual record only carries the window (its rate is not used)
    Accrual window = new Accrual(Accrual.DEFAULT.patientsPerMonth(), source.windowDays(), turnAway);
    return run(design.name(), () -> new CoupledTrialRunner(design, window, Rp2dRule.DEFAULT, OptimisationStage.NONE),
        source, accrualPerWindow, target, settings);
  }

  /**
   * Any conduct.
   *
   * @param name the design's name in the result
   * @param conducts a new conduct per call (one per thread)
   * @param source the patients
   * @param accrualPerWindow mean arrivals per DLT window of {@code source}, in [0.01, 1000]
   * @param target the target DLT probability defining the true MTD, or NaN
   * @param settings trials, seed, threads
   * @return any conduct
   */
  public static TimedOc run(String name, Supplier<? extends TrialConduct> conducts, FixedOutcomeSource source,
      double accrualPerWindow, double target, MonteCarloSettings settings) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(conducts, "conducts");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(settings, "settings");
    if (!(accrualPerWindow >= 0.01 && accrualPerWindow <= 1000)) {
      throw new IllegalArgumentException("accrualPerWindow = " + accrualPerWindow + ": must be in [0.01, 1000]");
    }
    if (!Double.isNaN(target) && !(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1), or NaN for not reported");
    }
    int k = source.levelCount();
    double[] p = source.dltProbabilities();
    int trueMtd = Double.isNaN(target) ? 0 : org.escalon.simulation.trial.FixedToxicity.of(p).trueMtd(target);
    double ratePerDay = accrualPerWindow / source.windowDays();
    long seed = settings.seed();
    Acc total = MonteCarloRunner.run(settings,
        () -> {
          TrialConduct c = conducts.get();
          if (c.doseCount() != k) {
            throw new IllegalArgumentException(
                "design has " + c.doseCount() + " doses; the true probabilities " + k);
          }
          TrialState st = new TrialState(k);
          return (i, rng, acc) -> {
            Accrual.Arrivals arrivals = Accrual.poissonArrivals(RandomStreams.stream(seed, ARRIVALS, i), ratePerDay);
            CoupledTrialResult r = c.run(source.forTrial(i, rng), arrivals);
            st.set(r.n(), r.y(), 1);
            acc.oc.add(st, r.mtd());
            acc.duration.add(r.durationDays() - arrivals.time(0));
          };
        },
        () -> new Acc(k, trueMtd),
        Acc::combine);
    Estimate mean = total.duration.estimate();
    double sd = total.duration.count() < 2 ? Double.NaN : mean.se() * Math.sqrt(total.duration.count());
    return new TimedOc(total.oc.result(name, p), mean, sd);
  }

  /** One block's sums. */
  private static final class Acc {
    final OcAccumulator oc;
    final Moments duration = new Moments();

    Acc(int k, int trueMtd) {
      this.oc = new OcAccumulator(k, trueMtd);
    }

    void combine(Acc later) {
      oc.combine(later.oc);
      duration.combine(later.duration);
    }
  }
}
