package org.escalon.simulation.design;

/**
 * A design built on a {@link Boin} (TITE-BOIN, BF-BOIN): the dose count, target, cohort size and start dose are
 * its BOIN's, and these accessors read them from there.
 */
public interface BoinVariant {

  /**
   * The BOIN design whose boundaries and options this design shares.
   *
   * @return the BOIN design, not null
   */
  Boin boin();

  /**
   * The number of dose levels K.
   *
   * @return K ≥ 1
   */
  default int doseCount() {
    return boin().doseCount();
  }

  /**
   * The target DLT probability φ.
   *
   * @return φ in (0, 1)
   */
  default double target() {
    return boin().target();
  }

  /**
   * Patients per cohort.
   *
   * @return the cohort size, ≥ 1
   */
  default int cohortSize() {
    return boin().cohortSize();
  }

  /**
   * The starting dose level.
   *
   * @return the 1-based start dose, 1..K
   */
  default int startDose() {
    return boin().startDose();
  }
}
