package org.escalon.core.model;

/**
 * Covariates of a virtual patient.
 *
 * @param ageYears age in years, in [18, 120] (trial eligibility is age &ge; 18)
 */
public record Covariates(double ageYears) {
  /**
   * Validates the age: in [18, 120] years.
   *
   * @param ageYears age in years, in [18, 120] (trial eligibility is age &ge; 18)
   */
  public Covariates {
    if (!(ageYears >= 18) || ageYears > 120) {
      throw new IllegalArgumentException("ageYears must be in [18, 120], got " + ageYears);
    }
  }
}
