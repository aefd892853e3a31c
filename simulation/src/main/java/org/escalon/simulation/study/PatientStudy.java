package org.escalon.simulation.study;

import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.Profile;
import org.escalon.core.regimen.Regimen;

/**
 * One virtual patient on one regimen: the time course ({@link Profile}: rows of time, concentrations, IKZF, ANC,
 * platelets, M-protein …, which a caller can stream, or write with the examples module's CSV writer) and the judged
 * course ({@link PatientResult}: grades, DLT and its onset day, response):
 *
 * <pre>
 *   Profile p = PatientStudy.typical().age(67).regimen("100 ug QD d1-14 x2 + dex 40 mg").profile(1.0);
 *   p.column("anc_e9_per_l");
 * </pre>
 *
 * Defaults (those of {@code escalon profile}): the typical patient (all η = 0) of the default model, age 67, a
 * profile step of 1 h. Not thread-safe.
 */
public final class PatientStudy {

  private final IndividualParameters parameters;
  private int age = 67;
  private Regimen regimen;

  private PatientStudy(IndividualParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * The typical patient of the default model.
   *
   * @return the typical patient of the default model
   */
  public static PatientStudy typical() {
    return new PatientStudy(IndividualParameters.typical(ModelParameters.defaults()));
  }

  /**
   * A patient with the given individual parameters.
   *
   * @param parameters the patient's individual parameters (typical values with η applied)
   * @return a patient with the given individual parameters
   */
  public static PatientStudy of(IndividualParameters parameters) {
    return new PatientStudy(java.util.Objects.requireNonNull(parameters, "parameters"));
  }

  /**
   * Age in years (default 67; the dexamethasone age rule uses it).
   *
   * @param years age in years (default 67; the dexamethasone age rule uses it)
   * @return this study, for chaining
   */
  public PatientStudy age(int years) {
    new Covariates(years); // validates
    this.age = years;
    return this;
  }

  /**
   * The regimen in its text form, e.g. {@code "100 ug QD d1-14 x2 + dex 40 mg"}.
   *
   * @param text the regimen in its text form, e.g
   * @return this study, for chaining
   */
  public PatientStudy regimen(String text) {
    this.regimen = Regimen.parse(text);
    return this;
  }

  /**
   * The regimen.
   *
   * @param r the regimen
   * @return this study, for chaining
   */
  public PatientStudy regimen(Regimen r) {
    this.regimen = java.util.Objects.requireNonNull(r, "regimen");
    return this;
  }

  /**
   * The profile every {@code stepH} hours (in (0, 24]; the CLI's default is 1).
   *
   * @param stepH the output step in hours, in (0, 24]
   * @return the profile every {@code stepH} hours (in (0, 24]; the CLI's default is 1)
   */
  public Profile profile(double stepH) {
    return PatientSimulator.defaults().profile(parameters, new Covariates(age), requireRegimen(), stepH);
  }

  /**
   * The judged course: daily counts, grades, DLT (with its onset day), best response (latent uniforms 0.5).
   *
   * @return the judged course: daily counts, grades, DLT (with its onset day), best response (latent uniforms 0.5)
   */
  public PatientResult course() {
    double[] latent = new double[org.escalon.core.population.VirtualPatient.LATENT_COUNT];
    java.util.Arrays.fill(latent, 0.5);
    return PatientSimulator.defaults().simulate(parameters, new Covariates(age), latent, requireRegimen());
  }

  private Regimen requireRegimen() {
    if (regimen == null) {
      throw new IllegalStateException("regimen is not set: give one, e.g. \"100 ug QD d1-14 x2 + dex 40 mg\"");
    }
    return regimen;
  }
}
