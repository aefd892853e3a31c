package org.escalon.simulation.trial;

import java.util.Objects;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;

/**
 * BF-BOIN in PK/PD-coupled trials: {@link BfBoinTrial} in days, on the study's arrivals ({@link Accrual.Arrivals})
 * with the study's DLT window ({@link Accrual#dltWindowDays()}), each patient's DLT at their own onset day ({@link
 * PatientOutcome#dltDay()}, capped at the window: a DLT of the model's cycle 1 that starts after a shorter design
 * window is counted at the window's end, as the cohort-by-cohort conduct counts it) and each escalation patient's
 * response known on the model's confirmation day ({@link PatientOutcome#responseDay()}). Candidates who arrive when
 * the cohort is full and no dose is open are turned away whatever {@link Accrual#turnAway()} says (the design's
 * rule). After the trial: the RP2D by the study's {@link Rp2dRule} on the final data. docs/designs.md, "Backfilling:
 * BF-BOIN".
 *
 * <p>Treated patient k (escalation or backfill) is patient k of the source; {@code patientLevels} lists every
 * treated patient, also backfill patients left out of the final counts. Not thread-safe: one per thread.
 */
public final class BfBoinConduct implements TrialConduct {

  private final BfBoinTrial trial;
  private final Accrual accrual;
  private final Rp2dRule rp2dRule;

  /**
   * @param design the design (its dose count is the number of levels)
   * @param accrual arrivals and DLT window
   * @param rp2dRule RP2D rule
   * @param stage must be {@link OptimisationStage#NONE} (or disabled): a randomised stage after BF-BOIN is not
   *     offered
   */
  public BfBoinConduct(BfBoin design, Accrual accrual, Rp2dRule rp2dRule, OptimisationStage stage) {
    this.trial = new BfBoinTrial(Objects.requireNonNull(design, "design"));
    this.accrual = Objects.requireNonNull(accrual, "accrual");
    this.rp2dRule = Objects.requireNonNull(rp2dRule, "rp2dRule");
    if (Objects.requireNonNull(stage, "stage").enabled()) {
      throw new IllegalArgumentException("optimisation stage with " + design.name()
          + ": not offered after BF-BOIN (its backfilled patients already inform the RP2D); switch the stage off");
    }
  }

  /**
   * A factory for {@code NamedDesign.conducted}: the design built per number of levels.
   *
   * @param design the design (its dose count is the number of levels)
   * @return a factory for {@code NamedDesign.conducted}: the design built per number of levels
   */
  public static TrialConduct.Factory factory(java.util.function.IntFunction<BfBoin> design) {
    Objects.requireNonNull(design, "design");
    return (levels, accrual, rule, stage) -> new BfBoinConduct(design.apply(levels), accrual, rule, stage);
  }

  /**
   * The design this conduct runs (as {@code TiteBoinConduct.design()}).
   *
   * @return the design this conduct runs (as {@code TiteBoinConduct.design()})
   */
  public BfBoin design() {
    return trial.design();
  }

  @Override
  public String name() {
    return trial.design().name();
  }

  @Override
  public int doseCount() {
    return trial.design().doseCount();
  }

  @Override
  public CoupledTrialResult run(PatientOutcomeSource.TrialPatients patients, Accrual.Arrivals arrivals) {
    Objects.requireNonNull(arrivals, "arrivals");
    BfBoinTrial.Result r = trial.run(patients, arrivals::time, accrual.dltWindowDays(), 1.0);
    int k = doseCount();
    int[] best = rp2dRule.bestTwo(r.n(), r.y(), r.responders(), r.mtd());
    return new CoupledTrialResult(r.n(), r.y(), r.responders(), new int[k], new int[k], new int[k], r.mtd(), best[0],
        r.stopReason(), r.duration(), r.patientLevels(), r.patientStarts(), r.backfilled(), r.turnedAway());
  }
}
