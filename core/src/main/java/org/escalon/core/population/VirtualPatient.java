package org.escalon.core.population;

import java.util.Objects;
import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.LatentUniforms;
import org.escalon.core.model.ModelParameters;

/**
 * One virtual patient: identity, covariates, η (in the order of the {@link Omega} it was drawn from) and latent
 * uniforms that decide the random events of the patient (febrile neutropenia, adverse events) monotonically, so
 * that the same person at a higher exposure never has fewer events (common random numbers). Immutable.
 *
 * <p>Latent uniform layout: index {@link #U_FEBRILE_NEUTROPENIA}, then three per adverse-event model
 * (occurrence, grade, onset) starting at {@link #U_ADVERSE_EVENTS}.
 *
 * @param id identifier (for output files)
 * @param covariates covariates
 * @param eta η values
 * @param latentUniforms uniforms in [0, 1), length {@link #LATENT_COUNT}
 */
public record VirtualPatient(long id, Covariates covariates, double[] eta, double[] latentUniforms) {

  /** Number of latent uniforms ({@link LatentUniforms#COUNT}). */
  public static final int LATENT_COUNT = LatentUniforms.COUNT;
  /** Uniform for the febrile-neutropenia event time ({@link LatentUniforms#FEBRILE_NEUTROPENIA}). */
  public static final int U_FEBRILE_NEUTROPENIA = LatentUniforms.FEBRILE_NEUTROPENIA;
  /** First uniform of the adverse-event models ({@link LatentUniforms#ADVERSE_EVENTS}). */
  public static final int U_ADVERSE_EVENTS = LatentUniforms.ADVERSE_EVENTS;

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param covariates covariates
   * @param id identifier (for output files)
   * @param eta η values
   * @param latentUniforms uniforms in [0, 1), length {@link #LATENT_COUNT}
   */
  public VirtualPatient {
    Objects.requireNonNull(covariates, "covariates");
    Objects.requireNonNull(eta, "eta");
    Objects.requireNonNull(latentUniforms, "latentUniforms");
    if (latentUniforms.length != LATENT_COUNT) {
      throw new IllegalArgumentException(
          "latentUniforms must have " + LATENT_COUNT + " entries, got " + latentUniforms.length);
    }
    for (int i = 0; i < LATENT_COUNT; i++) {
      if (!(latentUniforms[i] >= 0) || !(latentUniforms[i] < 1)) {
        throw new IllegalArgumentException(
            "latentUniforms[" + i + "] must be in [0, 1), got " + latentUniforms[i]);
      }
    }
    eta = eta.clone();
    latentUniforms = latentUniforms.clone();
  }

  /**
   * The typical patient: age 67, every η 0, latent uniforms 0.5.
   *
   * @param omega between-subject variability
   * @return the typical patient: age 67, every η 0, latent uniforms 0.5
   */
  public static VirtualPatient typical(Omega omega) {
    double[] u = new double[LATENT_COUNT];
    java.util.Arrays.fill(u, 0.5);
    return new VirtualPatient(0, new Covariates(67), new double[omega.size()], u);
  }

  /**
   * Η values.
   *
   * @return Η values
   */
  @Override
  public double[] eta() {
    return eta.clone();
  }

  /**
   * Uniforms in [0, 1), length {@link #LATENT_COUNT}.
   *
   * @return uniforms in [0, 1), length {@link #LATENT_COUNT}
   */
  @Override
  public double[] latentUniforms() {
    return latentUniforms.clone();
  }

  /**
   * Latent uniform {@code i}.
   *
   * @param i the index of the uniform, 0-based (see {@code LatentUniforms})
   * @return latent uniform {@code i}
   */
  public double latent(int i) {
    return latentUniforms[i];
  }

  /**
   * Individual parameters from θ and this patient's η.
   *
   * @param theta typical values
   * @param omega between-subject variability
   * @return individual parameters from θ and this patient's η
   */
  public IndividualParameters individualParameters(ModelParameters theta, Omega omega) {
    if (omega.size() != eta.length) {
      throw new IllegalArgumentException(
          "omega has " + omega.size() + " eta but the patient has " + eta.length);
    }
    return IndividualParameters.of(theta, omega.params(), omega.variability(), eta);
  }
}
