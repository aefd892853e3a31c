package org.escalon.core.population;

import java.util.Locale;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;

/**
 * A population of virtual RRMM patients: typical values θ, between-subject variability Ω and the age
 * distribution. Immutable and thread-safe; randomness is injected.
 *
 * @param theta typical values
 * @param omega between-subject variability
 * @param age age distribution
 */
public record PopulationModel(ModelParameters theta, Omega omega, AgeDistribution age) {

  /**
   * Requires every component.
   *
   * @param theta typical values
   * @param omega between-subject variability
   * @param age age distribution
   */
  public PopulationModel {
    Objects.requireNonNull(theta, "theta");
    Objects.requireNonNull(omega, "omega");
    Objects.requireNonNull(age, "age");
  }

  /**
   * docs/model.md defaults.
   *
   * @return docs/model.md defaults
   */
  public static PopulationModel defaults() {
    return new PopulationModel(ModelParameters.defaults(), Omega.defaults(), AgeDistribution.DEFAULT);
  }

  /**
   * Draws a patient: η first (standard normals by the ziggurat method, then {@code L·z}), then age (one
   * uniform), then the latent uniforms.
   *
   * @param id the patient's identifier, kept with the patient
   * @param rng the patient's own random stream
   * @return the virtual patient
   */
  public VirtualPatient sample(long id, UniformRandomProvider rng) {
    Objects.requireNonNull(rng, "rng");
    double[] eta = new double[omega.size()];
    omega.sample(ZigguratSampler.NormalizedGaussian.of(rng), eta, new double[omega.size()]);
    double ageYears = age.sample(rng);
    double[] u = new double[VirtualPatient.LATENT_COUNT];
    for (int i = 0; i < u.length; i++) {
      u[i] = rng.nextDouble();
    }
    return new VirtualPatient(id, new Covariates(ageYears), eta, u);
  }

  /**
   * The individual parameters of {@code patient}.
   *
   * @param patient the virtual patient (η and covariates)
   * @return the individual parameters of {@code patient}
   */
  public IndividualParameters individualParameters(VirtualPatient patient) {
    return patient.individualParameters(theta, omega);
  }

  /**
   * Who {@code patient} is, for a one-line failure message: its index, age and the sampled parameters that differ
   * from the typical values ({@code virtual patient 17 (age 71.2; CL = 5.13, KG = 0.0412)}), four significant
   * digits.
   *
   * @param patient the virtual patient
   * @return who {@code patient} is, for a one-line failure message: its index, age and the sampled parameters that
   *     differ from the typical values ({@code virtual patient 17 (age 71.2; CL = 5.13, KG = 0.0412)}), four
   *     significant digits
   */
  public String describe(VirtualPatient patient) {
    String d = individualParameters(patient).differencesFrom(theta);
    return "virtual patient " + patient.id() + " (age " + String.format(Locale.ROOT, "%.1f",
        patient.covariates().ageYears()) + (d.isEmpty() ? "" : "; " + d) + ")";
  }

  /**
   * A copy with other typical values.
   *
   * @param newTheta the typical values
   * @return a copy with other typical values
   */
  public PopulationModel withTheta(ModelParameters newTheta) {
    return new PopulationModel(newTheta, omega, age);
  }

  /**
   * A copy with another Ω.
   *
   * @param newOmega the inter-individual variability
   * @return a copy with another Ω
   */
  public PopulationModel withOmega(Omega newOmega) {
    return new PopulationModel(theta, newOmega, age);
  }
}
