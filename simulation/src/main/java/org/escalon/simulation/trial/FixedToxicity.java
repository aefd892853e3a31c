package org.escalon.simulation.trial;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fixed true DLT probabilities per dose, the classic design study. Patient k of a trial draws one latent uniform
 * u_k from the trial's stream and has a DLT at dose d iff {@code u_k < p_d}: with monotone p the same patient is
 * toxic at every higher dose, and two designs run with the same seed see the same patients (common random numbers).
 *
 * @param probabilities the true DLT probability of each dose (index 0 = dose 1), each in [0, 1]
 */
public record FixedToxicity(double[] probabilities) implements ToxicitySource {

  /**
   * Validates and copies.
   *
   * @param probabilities the true DLT probability of each dose (index 0 = dose 1), each in [0, 1]
   */
  public FixedToxicity {
    if (probabilities == null || probabilities.length == 0) {
      throw new IllegalArgumentException("probabilities must have at least one dose");
    }
    probabilities = probabilities.clone();
    for (int j = 0; j < probabilities.length; j++) {
      double p = probabilities[j];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            "probabilities[" + j + "] (dose " + (j + 1) + ") = " + p + ": must be in [0, 1]");
      }
    }
  }

  /**
   * Factory, e.g. {@code FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6)}.
   *
   * @param probabilities the true DLT probability of each dose (index 0 = dose 1), each in [0, 1]
   * @return factory, e.g
   */
  public static FixedToxicity of(double... probabilities) {
    return new FixedToxicity(probabilities);
  }

  /**
   * The true DLT probability of each dose (index 0 = dose 1), each in [0, 1].
   *
   * @return the true DLT probability of each dose (index 0 = dose 1), each in [0, 1]
   */
  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }

  /**
   * The DLT probability of {@code doseLevel} (1..K).
   *
   * @param doseLevel the dose level, 1..K
   * @return the DLT probability of {@code doseLevel} (1..K)
   */
  public double probability(int doseLevel) {
    return probabilities[doseLevel - 1];
  }

  @Override
  public int doseCount() {
    return probabilities.length;
  }

  /**
   * The dose level whose probability equals {@code target} (within 1e−9), or 0 if none does.
   *
   * @param target target DLT probability
   * @return the dose level whose probability equals {@code target} (within 1e−9), or 0 if none does
   */
  public int trueMtd(double target) {
    for (int j = 0; j < probabilities.length; j++) {
      if (Math.abs(probabilities[j] - target) < 1e-9) {
        return j + 1;
      }
    }
    return 0;
  }

  @Override
  public PatientToxicity forTrial(long trialIndex, UniformRandomProvider trialRng) {
    double[] p = probabilities;
    return (patientIndex, doseLevel) -> trialRng.nextDouble() < p[doseLevel - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedToxicity f && Arrays.equals(probabilities, f.probabilities);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "FixedToxicity" + Arrays.toString(probabilities);
  }
}
