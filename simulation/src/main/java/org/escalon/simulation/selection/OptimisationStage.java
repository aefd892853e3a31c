package org.escalon.simulation.selection;

/**
 * Optional randomised dose-optimisation stage after escalation (FDA Project Optimus guidance, 2024): new
 * patients are randomised 1:1 (alternating) to the two best RP2D candidates, {@code patientsPerArm} each, and the
 * arm with the higher utility ({@link Rp2dRule#utility}) on the stage patients becomes the RP2D (ties: the lower
 * dose). Skipped when there are fewer than two candidates.
 *
 * @param enabled whether the stage runs
 * @param patientsPerArm patients per arm, &ge; 1 (default 20)
 */
public record OptimisationStage(boolean enabled, int patientsPerArm) {

  /** No stage. */
  public static final OptimisationStage NONE = new OptimisationStage(false, 20);

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param enabled whether the stage runs
   * @param patientsPerArm patients per arm, &ge; 1 (default 20)
   */
  public OptimisationStage {
    if (patientsPerArm < 1 || patientsPerArm > 10_000) {
      throw new IllegalArgumentException("patientsPerArm = " + patientsPerArm + ": must be in 1..10000");
    }
  }

  /**
   * A stage with {@code patientsPerArm} patients per arm.
   *
   * @param patientsPerArm patients per arm, &ge; 1 (default 20)
   * @return a stage with {@code patientsPerArm} patients per arm
   */
  public static OptimisationStage of(int patientsPerArm) {
    return new OptimisationStage(true, patientsPerArm);
  }
}
