package org.escalon.core.model;

/**
 * Layout of a virtual patient's latent uniforms, the draws that decide the patient's random events monotonically
 * (the same person at a higher exposure never has fewer events: common random numbers): index {@link
 * #FEBRILE_NEUTROPENIA}, then three per adverse-event incidence model (occurrence, grade, onset) from {@link
 * #ADVERSE_EVENTS}. {@code core.population.VirtualPatient} draws them; the simulator reads them.
 */
public final class LatentUniforms {

  private LatentUniforms() {}

  /** Number of latent uniforms. */
  public static final int COUNT = 32;
  /** Uniform for the febrile-neutropenia event time. */
  public static final int FEBRILE_NEUTROPENIA = 0;
  /** First uniform of the adverse-event models (three each). */
  public static final int ADVERSE_EVENTS = 1;
}
