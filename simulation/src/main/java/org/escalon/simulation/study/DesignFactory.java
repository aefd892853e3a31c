package org.escalon.simulation.study;

import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.ThreePlusThree;

/**
 * A design built from what a study sets once: the target DLT probability, the number of doses, the cohort size and
 * the number of cohorts (3+3 uses only the number of doses). The named ones have R's defaults for everything else;
 * any other design is a lambda, e.g. {@code (t, k, c, m) -> Boin.builder(t, k).cohortSize(c).cohorts(m)
 * .extrasafe(true).build()}.
 */
@FunctionalInterface
public interface DesignFactory {

  /**
   * The design.
   *
   * @param target target DLT probability
   * @param doseCount number of doses
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts
   * @return the design, with {@code doseCount} doses
   */
  EscalationDesign build(double target, int doseCount, int cohortSize, int cohorts);

  /**
   * The design called {@code name}, with the names, defaults and errors of the {@code escalon} CLI ({@link
   * DesignName}): {@code "3+3"} or {@code "3+3A"}, {@code "3+3B"}, {@code "boin"}, {@code "i3+3"}, {@code "mtpi2"},
   * {@code "keyboard"}, {@code "crm"} (case-insensitive).
   *
   * @param name a design name
   * @return the factory
   * @throws IllegalArgumentException {@code design = 'NAME': must be one of ...} for an unknown name, or the reason a
   *     known design cannot be built here (BF-BOIN, TITE-BOIN and TITE-CRM conduct their own trials; BLRM needs a
   *     prior)
   */
  static DesignFactory named(String name) {
    return DesignName.parse(name).factory();
  }

  /**
   * 3+3 variant A (escalation only).
   *
   * @return 3+3 variant A (escalation only)
   */
  static DesignFactory threePlusThree() {
    return (t, k, c, m) -> Designs.threePlusThree(k);
  }

  /**
   * 3+3 of the given variant.
   *
   * @param variant A (escalation only) or B (with de-escalation)
   * @return 3+3 of the given variant
   */
  static DesignFactory threePlusThree(ThreePlusThree.Variant variant) {
    return (t, k, c, m) -> Designs.threePlusThree(k, variant);
  }

  /**
   * BOIN with R BOIN's defaults.
   *
   * @return BOIN with R BOIN's defaults
   */
  static DesignFactory boin() {
    return Designs::boin;
  }

  /**
   * i3+3 with ε1 = ε2 = 0.05.
   *
   * @return i3+3 with ε1 = ε2 = 0.05
   */
  static DesignFactory i3Plus3() {
    return Designs::i3Plus3;
  }

  /**
   * mTPI-2 with ε1 = ε2 = 0.05.
   *
   * @return mTPI-2 with ε1 = ε2 = 0.05
   */
  static DesignFactory mtpi2() {
    return Designs::mtpi2;
  }

  /**
   * Keyboard with ε1 = ε2 = 0.05.
   *
   * @return Keyboard with ε1 = ε2 = 0.05
   */
  static DesignFactory keyboard() {
    return Designs::keyboard;
  }
}
