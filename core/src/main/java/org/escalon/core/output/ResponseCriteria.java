package org.escalon.core.output;

/**
 * IMWG response on serum M-protein (Kumar et al. 2016, Lancet Oncol 17:e328), assessed at the end of every
 * cycle and confirmed on two consecutive assessments.
 *
 * @param vgprReduction VGPR: reduction from baseline &ge; this (0.90)
 * @param prReduction PR: &ge; 0.50
 * @param mrReduction MR: &ge; 0.25
 * @param pdRelativeRise PD: M &ge; (1 + this)·nadir (0.25) …
 * @param pdAbsoluteRiseGPerDl … and M − nadir &ge; this (0.5 g/dL); the patient then leaves the study
 */
public record ResponseCriteria(double vgprReduction, double prReduction, double mrReduction,
    double pdRelativeRise, double pdAbsoluteRiseGPerDl) {

  /** IMWG (docs/model.md §4). */
  public static final ResponseCriteria IMWG = new ResponseCriteria(0.90, 0.50, 0.25, 0.25, 0.5);

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param vgprReduction VGPR: reduction from baseline &ge; this (0.90)
   * @param prReduction PR: &ge; 0.50
   * @param mrReduction MR: &ge; 0.25
   * @param pdRelativeRise PD: M &ge; (1 + this)·nadir (0.25) …
   * @param pdAbsoluteRiseGPerDl … and M − nadir &ge; this (0.5 g/dL); the patient then leaves the study
   */
  public ResponseCriteria {
    if (!(vgprReduction < 1) || !(vgprReduction > prReduction) || !(prReduction > mrReduction)
        || !(mrReduction > 0)) {
      throw new IllegalArgumentException("reductions must satisfy 1 > VGPR > PR > MR > 0, got " + vgprReduction
          + ", " + prReduction + ", " + mrReduction);
    }
    if (!(pdRelativeRise > 0) || !(pdAbsoluteRiseGPerDl >= 0) || Double.isInfinite(pdRelativeRise)
        || Double.isInfinite(pdAbsoluteRiseGPerDl)) {
      throw new IllegalArgumentException("pdRelativeRise must be > 0 and pdAbsoluteRiseGPerDl >= 0, got "
          + pdRelativeRise + ", " + pdAbsoluteRiseGPerDl);
    }
  }

  /**
   * Category of one assessment (not PD; PD is judged against the nadir separately).
   *
   * @param mProtein the M-protein at the assessment, g/dL
   * @param baseline the baseline M-protein, g/dL
   * @return category of one assessment (not PD; PD is judged against the nadir separately)
   */
  public ImwgResponse categorise(double mProtein, double baseline) {
    double reduction = 1.0 - mProtein / baseline;
    if (reduction >= vgprReduction) {
      return ImwgResponse.VGPR;
    }
    if (reduction >= prReduction) {
      return ImwgResponse.PR;
    }
    return reduction >= mrReduction ? ImwgResponse.MR : ImwgResponse.SD;
  }

  /**
   * Whether {@code mProtein} is progression relative to {@code nadir}.
   *
   * @param mProtein the M-protein at the assessment, g/dL
   * @param nadir the lowest M-protein so far, g/dL
   * @return whether {@code mProtein} is progression relative to {@code nadir}
   */
  public boolean isProgression(double mProtein, double nadir) {
    return mProtein >= (1.0 + pdRelativeRise) * nadir && mProtein - nadir >= pdAbsoluteRiseGPerDl;
  }
}
