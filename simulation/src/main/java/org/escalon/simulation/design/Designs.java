package org.escalon.simulation.design;

import org.escalon.simulation.design.crm.CrmModel;

/**
 * Entry points for the designs with their default options. For every option use the builders
 * ({@link Boin#builder(double, int)}, {@link I3Plus3#builder(double, int)}, {@link Mtpi2#builder(double, int)},
 * {@link Keyboard#builder(double, int)}, {@link Crm#builder(double, double[])}) or
 * {@link ThreePlusThree#of(int, ThreePlusThree.Variant, int)}.
 */
public final class Designs {

  private Designs() {}

  /**
   * 3+3 variant A (escalation only), start dose 1.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @return 3+3 variant A (escalation only), start dose 1
   */
  public static ThreePlusThree threePlusThree(int doseCount) {
    return ThreePlusThree.of(doseCount);
  }

  /**
   * 3+3 of the given variant, start dose 1.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @param variant {@link ThreePlusThree.Variant#A} (escalation only) or {@link ThreePlusThree.Variant#B} (with
   *     de-escalation)
   * @return 3+3 of the given variant, start dose 1
   */
  public static ThreePlusThree threePlusThree(int doseCount, ThreePlusThree.Variant variant) {
    return ThreePlusThree.of(doseCount, variant, 1);
  }

  /**
   * BOIN with R's defaults for target φ, K doses and {@code cohorts} cohorts of {@code cohortSize}.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts of the interval designs
   * @return BOIN with R's defaults for target φ, K doses and {@code cohorts} cohorts of {@code cohortSize}
   */
  public static Boin boin(double target, int doseCount, int cohortSize, int cohorts) {
    return Boin.builder(target, doseCount).cohortSize(cohortSize).cohorts(cohorts).build();
  }

  /**
   * BF-BOIN with R bfboin's defaults (n_cap 12, backfill to the highest open dose) and the given cohorts.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts of the interval designs
   * @return BF-BOIN with R bfboin's defaults (n_cap 12, backfill to the highest open dose) and the given cohorts
   */
  public static BfBoin bfBoin(double target, int doseCount, int cohortSize, int cohorts) {
    return BfBoin.builder(target, doseCount).cohortSize(cohortSize).cohorts(cohorts).build();
  }

  /**
   * i3+3 with ε1 = ε2 = 0.05.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts of the interval designs
   * @return i3+3 with ε1 = ε2 = 0.05
   */
  public static I3Plus3 i3Plus3(double target, int doseCount, int cohortSize, int cohorts) {
    return I3Plus3.builder(target, doseCount).cohortSize(cohortSize).cohorts(cohorts).build();
  }

  /**
   * mTPI-2 with ε1 = ε2 = 0.05.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts of the interval designs
   * @return mTPI-2 with ε1 = ε2 = 0.05
   */
  public static Mtpi2 mtpi2(double target, int doseCount, int cohortSize, int cohorts) {
    return Mtpi2.builder(target, doseCount).cohortSize(cohortSize).cohorts(cohorts).build();
  }

  /**
   * BLRM with EWOC (Neuenschwander et al. 2008) with the weakly informative prior of Neuenschwander et al. 2015
   * (prior median DLT probability {@code priorMedianDlt} at {@code refDose}, SD(log α) 2, mean and SD of log β 0 and
   * 1, correlation 0), cohorts of 3 and the other defaults of {@link Blrm.Builder}. For every option use
   * {@link Blrm#builder}.
   *
   * @param doses the doses, strictly increasing
   * @param refDose the reference dose d*
   * @param priorMedianDlt the prior median DLT probability at d* (required; a suggestion is the target rate)
   * @param maxSampleSize the maximum number of patients
   * @return BLRM with EWOC (Neuenschwander et al
   */
  public static Blrm blrm(double[] doses, double refDose, double priorMedianDlt, int maxSampleSize) {
    return Blrm.builder(doses, refDose, org.escalon.simulation.design.blrm.BlrmPrior.weaklyInformative(priorMedianDlt))
        .maxSampleSize(maxSampleSize).build();
  }

  /**
   * Keyboard with ε1 = ε2 = 0.05.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts of the interval designs
   * @return Keyboard with ε1 = ε2 = 0.05
   */
  public static Keyboard keyboard(double target, int doseCount, int cohortSize, int cohorts) {
    return Keyboard.builder(target, doseCount).cohortSize(cohortSize).cohorts(cohorts).build();
  }

  /**
   * CRM as R {@code dfcrm::crmsim} (restricted conduct, start dose 1, β ~ N(0, 1.34), logistic intercept 3).
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param model empiric or logistic
   * @param skeleton prior DLT probabilities, increasing (e.g. {@code CrmSkeleton.getprior(...)})
   * @param cohortSize patients per cohort
   * @param sampleSize patients in total, a multiple of {@code cohortSize}
   * @return CRM as R {@code dfcrm::crmsim} (restricted conduct, start dose 1, β ~ N(0, 1.34), logistic intercept 3)
   */
  public static Crm crm(double target, CrmModel model, double[] skeleton, int cohortSize, int sampleSize) {
    return Crm.builder(target, skeleton).model(model).cohortSize(cohortSize).sampleSize(sampleSize).build();
  }

  /**
   * TITE-CRM as R {@code dfcrm::titesim} (patients one at a time, linear weights, restricted, start dose 1).
   *
   * @param target the target DLT probability
   * @param model empiric or logistic
   * @param skeleton prior DLT probabilities, increasing
   * @param sampleSize patients in total
   * @param windowDays the DLT observation window in days
   * @return TITE-CRM as R {@code dfcrm::titesim} (patients one at a time, linear weights, restricted, start dose 1)
   */
  public static TiteCrm titeCrm(double target, CrmModel model, double[] skeleton, int sampleSize,
      double windowDays) {
    return TiteCrm.of(Crm.builder(target, skeleton).model(model).cohortSize(1).sampleSize(sampleSize).build(),
        windowDays, org.escalon.simulation.design.crm.TiteWeights.Scheme.LINEAR);
  }
}
