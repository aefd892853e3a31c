package org.escalon.simulation.trial;

import java.util.Arrays;
import java.util.Objects;
import org.escalon.simulation.design.StopReason;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;

/**
 * Conducts a {@link TiteBoin} trial in calendar time as R {@code TITEgBOIN::get_oc_TITE_QuasiBOIN} does, on any
 * patients (PK/PD virtual patients or fixed probabilities) and any arrivals. See docs/designs.md, "Time-to-event
 * designs: TITE-BOIN".
 *
 * <ol>
 *   <li>Candidates arrive at the times of {@link Accrual.Arrivals}; each enrolled patient starts on arrival. The
 *       first cohort is the first {@code c} arrivals at the start dose; the other patients of a cohort are the
 *       arrivals that follow its first one, all at the cohort's dose (no decision inside a cohort).</li>
 *   <li>After a cohort, the next arrival triggers a decision with the data of that moment: a patient's DLT is
 *       observed once {@code start + dltDay ≤ t}; a patient without an observed DLT is pending until
 *       {@code start + window}, followed for {@code (t − start)/window} of the window. If the design suspends, that
 *       arrival is turned away and the next one triggers the decision again (the package; {@code turnAway}), or it
 *       waits and the decision is taken again when the next DLT is observed or the next window ends (patients
 *       wait, as in {@link CoupledTrialRunner} by default); otherwise it is the first patient of the next cohort,
 *       at the decided dose, and the cohort's later patients start on arrival (or at that decision if they came
 *       earlier).</li>
 *   <li>The trial ends when the sample size is reached (no decision after the last cohort) or the design stops;
 *       duration = last start + window (every patient's follow-up complete). The MTD is selected from all DLTs
 *       (no MTD when the design stopped for toxicity); the RP2D by the study's {@link Rp2dRule}.</li>
 * </ol>
 * Patient k of the source is the k-th patient enrolled. Durations count from day 0 of the arrivals, as
 * {@link CoupledTrialRunner}'s do (design-only reports count from the first patient, as the package does: see
 * {@code org.escalon.simulation.oc.TiteBoinOc}). The optimisation stage is not offered.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class TiteBoinConduct implements TrialConduct {

  private final TiteBoin design;
  private final double windowDays;
  private final Rp2dRule rp2dRule;
  private final boolean turnAway;
  private final int k;
  private final int[] n;
  private final int[] y;
  private final int[] yAll;
  private final int[] m;
  private final double[] stft;
  private final int[] levels;
  private final double[] starts;
  private final double[] dltDays; // NaN: no DLT

  /**
   * @param design the design
   * @param windowDays the DLT window in days, finite and &gt; 0
   * @param rp2dRule the RP2D rule
   * @param turnAway whether arrivals during a suspension are turned away (R {@code TITEgBOIN}; design-only
   *     default) or wait until the suspension is lifted (PK/PD studies whose patients wait)
   */
  public TiteBoinConduct(TiteBoin design, double windowDays, Rp2dRule rp2dRule, boolean turnAway) {
    this.design = Objects.requireNonNull(design, "design");
    this.turnAway = turnAway;
    this.rp2dRule = Objects.requireNonNull(rp2dRule, "rp2dRule");
    if (!(windowDays > 0) || Double.isInfinite(windowDays)) {
      throw new IllegalArgumentException("windowDays = " + windowDays + ": must be finite and > 0");
    }
    this.windowDays = windowDays;
    this.k = design.doseCount();
    this.n = new int[k];
    this.y = new int[k];
    this.yAll = new int[k];
    this.m = new int[k];
    this.stft = new double[k];
    int maxN = design.maxSampleSize();
    this.levels = new int[maxN];
    this.starts = new double[maxN];
    this.dltDays = new double[maxN];
  }

  /**
   * A factory for PK/PD-coupled studies: the study accrual's window and its rule for patients who arrive while the
   * trial is not enrolling ({@link Accrual#turnAway()}, as for every other design of the study); no optimisation
   * stage.
   *
   * @param design the design
   * @return a factory for PK/PD-coupled studies: the study accrual's window and its rule for patients who arrive while
   *     the trial is not enrolling ({@link Accrual#turnAway()}, as for every other design of the study); no
   *     optimisation stage
   */
  public static TrialConduct.Factory factory(java.util.function.IntFunction<TiteBoin> design) {
    Objects.requireNonNull(design, "design");
    return (levels, accrual, rp2dRule, stage) -> {
      if (stage.enabled()) {
        throw new IllegalArgumentException(
            "optimisation stage = enabled: not offered with TITE-BOIN (run it with count-based designs)");
      }
      return new TiteBoinConduct(design.apply(levels), accrual.dltWindowDays(), rp2dRule, accrual.turnAway());
    };
  }

  /**
   * The design.
   *
   * @return the design
   */
  public TiteBoin design() {
    return design;
  }

  @Override
  public String name() {
    return design.name();
  }

  @Override
  public int doseCount() {
    return k;
  }

  @Override
  public CoupledTrialResult run(PatientOutcomeSource.TrialPatients patients, Accrual.Arrivals arrivals) {
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(arrivals, "arrivals");
    int[] responders = new int[k];
    int maxN = design.maxSampleSize();
    int c = design.cohortSize();
    int enrolled = 0;
    int candidate = 0;
    int d = design.startDose();
    int eliminatedFrom = k + 1;
    int turnedAway = 0;
    StopReason stop = StopReason.SAMPLE_SIZE;
    double open = 0; // when the next cohort may start (the last decision)
    while (true) {
      int size = Math.min(c, maxN - enrolled);
      for (int j = 0; j < size; j++) {
        double start = Math.max(arrivals.time(candidate++), open);
        PatientOutcome o = patients.outcome(enrolled, d);
        levels[enrolled] = d;
        starts[enrolled] = start;
        dltDays[enrolled] = o.dlt() ? o.dltDay() : Double.NaN;
        if (o.response()) {
          responders[d - 1]++;
        }
        enrolled++;
        open = start;
      }
      if (enrolled == maxN) {
        break;
      }
      double t = Math.max(arrivals.time(candidate), open);
      TiteBoin.Step step;
      while (true) {
        tally(enrolled, t);
        step = design.decideUnchecked(d, n, y, m, stft, eliminatedFrom);
        eliminatedFrom = step.eliminatedFrom();
        if (!step.suspend() || step.stops()) {
          break;
        }
        if (turnAway) {
          turnedAway++;
          t = arrivals.time(++candidate); // this arrival is turned away; the next one triggers the decision
        } else {
          t = nextResolution(enrolled, t); // the arrival waits for the next DLT or end of a window
        }
      }
      if (step.stops()) {
        stop = step.stopReason();
        break;
      }
      open = t;
      d = step.nextDose();
    }
    double duration = starts[enrolled - 1] + windowDays;
    tally(enrolled, Double.POSITIVE_INFINITY);
    int mtd = stop == StopReason.TOO_TOXIC ? 0 : design.selectMtd(n, yAll);
    int rp2d = rp2dRule.bestTwo(n, yAll, responders, mtd)[0];
    int[] zero = new int[k];
    return new CoupledTrialResult(n, yAll, responders, zero, zero, zero, mtd, rp2d, stop, duration,
        Arrays.copyOf(levels, enrolled), Arrays.copyOf(starts, enrolled), zero, turnedAway);
  }

  /** The first time after t at which an enrolled patient's DLT is observed or window ends. */
  private double nextResolution(int enrolled, double t) {
    double next = Double.POSITIVE_INFINITY;
    for (int i = 0; i < enrolled; i++) {
      double dlt = dltDays[i];
      double r = starts[i] + (dlt == dlt ? dlt : windowDays);
      if (r > t && r < next) {
        next = r;
      }
    }
    if (next == Double.POSITIVE_INFINITY) {
      throw new IllegalStateException("suspended with nobody pending at day " + t);
    }
    return next;
  }

  /** Per-dose counts at time t: treated, observed DLTs, all DLTs, pending and their follow-up fractions. */
  private void tally(int enrolled, double t) {
    Arrays.fill(n, 0);
    Arrays.fill(y, 0);
    Arrays.fill(yAll, 0);
    Arrays.fill(m, 0);
    Arrays.fill(stft, 0);
    for (int i = 0; i < enrolled; i++) {
      int j = levels[i] - 1;
      n[j]++;
      double dlt = dltDays[i];
      if (dlt == dlt) {
        yAll[j]++;
      }
      if (dlt == dlt && starts[i] + dlt <= t) {
        y[j]++;
      } else if (starts[i] + windowDays > t) {
        m[j]++;
        stft[j] += t - starts[i]; // days; divided by the window below, as the package sums then divides
      }
    }
    for (int j = 0; j < k; j++) {
      stft[j] /= windowDays;
    }
  }
}
