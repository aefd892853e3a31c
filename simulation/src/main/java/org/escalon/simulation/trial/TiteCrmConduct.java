package org.escalon.simulation.trial;

import java.util.Arrays;
import java.util.Objects;
import org.escalon.simulation.design.StopReason;
import org.escalon.simulation.design.TiteCrm;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;

/**
 * TITE-CRM conducted on patients with their own DLT onset days (PK/PD-coupled studies), in calendar days:
 * <ol>
 *   <li>Patients enter one at a time, each at their arrival ({@link Accrual.Arrivals}); the TITE-CRM never closes
 *       accrual, so nobody waits or is turned away (as {@code dfcrm::titesim}).</li>
 *   <li>At the entry of patient i the data of everyone already enrolled are taken as they stand that day: patient j
 *       has an observed DLT if its onset day s_j + {@link PatientOutcome#dltDay()} is on or before the day; otherwise
 *       its follow-up is min(day − s_j, W) with W the study's DLT window (the weight's numerator). The level is
 *       {@link TiteCrm#nextDose}.</li>
 *   <li>After N patients the MTD comes from the complete data (every window finished); the RP2D from the study's rule;
 *       the trial lasts until the last patient's window ends.</li>
 * </ol>
 * Patient k of the source is the k-th patient enrolled. The optimisation stage is not offered with this conduct.
 * Not thread-safe: one instance per thread.
 */
public final class TiteCrmConduct implements TrialConduct {

  private final TiteCrm design;
  private final Accrual accrual;
  private final Rp2dRule rp2dRule;
  private final int[] level;
  private final boolean[] dlt;
  private final double[] start;
  private final double[] dltDay;
  private final boolean[] observed;
  private final double[] followup;

  /**
   * @param design the TITE-CRM (its window should be the study's DLT window)
   * @param accrual the study's accrual (its turn-away setting does not apply: accrual never closes)
   * @param rp2dRule the study's RP2D rule
   * @param stage must be disabled: a randomised optimisation stage after a TITE-CRM is not offered
   */
  public TiteCrmConduct(TiteCrm design, Accrual accrual, Rp2dRule rp2dRule, OptimisationStage stage) {
    this.design = Objects.requireNonNull(design, "design");
    if (Objects.requireNonNull(stage, "stage").enabled()) {
      throw new IllegalArgumentException("optimisation stage with " + design.name() + ": not offered after a "
          + "TITE-CRM; switch the stage off");
    }
    this.accrual = Objects.requireNonNull(accrual, "accrual");
    this.rp2dRule = Objects.requireNonNull(rp2dRule, "rp2dRule");
    int n = design.sampleSize();
    this.level = new int[n];
    this.dlt = new boolean[n];
    this.start = new double[n];
    this.dltDay = new double[n];
    this.observed = new boolean[n];
    this.followup = new double[n];
  }

  /**
   * A factory for {@code NamedDesign.conducted}: the design built per number of levels and DLT window (days).
   *
   * @param design the TITE-CRM (its window should be the study's DLT window)
   * @return a factory for {@code NamedDesign.conducted}: the design built per number of levels and DLT window (days)
   */
  public static TrialConduct.Factory factory(java.util.function.BiFunction<Integer, Integer, TiteCrm> design) {
    Objects.requireNonNull(design, "design");
    return (levels, accrual, rule, stage) -> new TiteCrmConduct(design.apply(levels, accrual.dltWindowDays()),
        accrual, rule, stage);
  }

  @Override
  public String name() {
    return design.name();
  }

  @Override
  public int doseCount() {
    return design.doseCount();
  }

  @Override
  public CoupledTrialResult run(PatientOutcomeSource.TrialPatients patients, Accrual.Arrivals arrivals) {
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(arrivals, "arrivals");
    int k = design.doseCount();
    double w = design.windowDays();
    int[] n = new int[k];
    int[] y = new int[k];
    int[] responders = new int[k];
    int count = 0;
    int cur = design.nextDose(0, level, observed, followup);
    StopReason reason = StopReason.SAMPLE_SIZE;
    while (true) {
      double day = arrivals.time(count);
      start[count] = day;
      level[count] = cur;
      PatientOutcome o = patients.outcome(count, cur);
      dlt[count] = o.dlt();
      dltDay[count] = o.dlt() ? o.dltDay() : Double.POSITIVE_INFINITY;
      n[cur - 1]++;
      y[cur - 1] += o.dlt() ? 1 : 0;
      responders[cur - 1] += o.response() ? 1 : 0;
      count++;
      if (count >= design.sampleSize()) {
        break;
      }
      double next = arrivals.time(count);
      for (int j = 0; j < count; j++) {
        double onset = start[j] + dltDay[j];
        observed[j] = onset <= next;
        followup[j] = Math.min(Math.min(next, onset) - start[j], w);
      }
      cur = design.nextDose(count, level, observed, followup);
      if (cur == 0) {
        reason = StopReason.TOO_TOXIC;
        break;
      }
    }
    int mtd = design.selectMtd(count, level, dlt);
    int rp2d = rp2dRule.select(n, y, responders, mtd);
    int[] zeros = new int[k];
    return new CoupledTrialResult(n, y, responders, zeros, zeros, zeros, mtd, rp2d, reason,
        start[count - 1] + accrual.dltWindowDays(), Arrays.copyOf(level, count), Arrays.copyOf(start, count));
  }
}
