package org.escalon.simulation.design.blrm;

/**
 * The resolution of the 2-D quadrature of {@link BlrmPosterior}, in units of the posterior's Laplace standard
 * deviations (see docs/designs.md, "Model-based designs: BLRM with EWOC", for the convergence study behind
 * {@link #DEFAULT}).
 *
 * @param halfWidth the grid spans ±halfWidth standard deviations in both directions before any widening, in [4, 20]
 * @param innerStep the step of the inner (log α given log β) grid, in (0, 1]; the cut of an interval boundary is
 *     integrated with a 6-point Lagrange interpolant, error O(innerStep⁶)
 * @param outerStep the step of the outer (log β) trapezoid rule, in (0, 1]; geometric convergence for the smooth,
 *     rapidly decaying row integrals
 */
public record BlrmQuadrature(double halfWidth, double innerStep, double outerStep) {

  /** The default resolution: ±7 SD (rows in the tails narrower), inner step 0.2, outer step 0.3; interval probabilities to about 1e-7. */
  public static final BlrmQuadrature DEFAULT = new BlrmQuadrature(7, 0.2, 0.3);

  /**
   * Validates.
   *
   * @param halfWidth the grid spans ±halfWidth standard deviations in both directions before any widening, in [4, 20]
   * @param innerStep the step of the inner (log α given log β) grid, in (0, 1]; the cut of an interval boundary is
   *     integrated with a 6-point Lagrange interpolant, error O(innerStep⁶)
   * @param outerStep the step of the outer (log β) trapezoid rule, in (0, 1]; geometric convergence for the smooth,
   *     rapidly decaying row integrals
   */
  public BlrmQuadrature {
    if (!(halfWidth >= 4 && halfWidth <= 20)) {
      throw new IllegalArgumentException("halfWidth = " + halfWidth + ": must be in [4, 20]");
    }
    if (!(innerStep > 0 && innerStep <= 1)) {
      throw new IllegalArgumentException("innerStep = " + innerStep + ": must be in (0, 1]");
    }
    if (!(outerStep > 0 && outerStep <= 1)) {
      throw new IllegalArgumentException("outerStep = " + outerStep + ": must be in (0, 1]");
    }
  }

  /**
   * Twice as fine in both directions and one SD wider: the rule the error estimate compares against.
   *
   * @return the refined grid
   */
  public BlrmQuadrature refined() {
    return new BlrmQuadrature(Math.min(20, halfWidth + 1), innerStep / 2, outerStep / 2);
  }
}
