package org.escalon.core.pd;

/**
 * Where the myelosuppressive effect E = Emax·D_M acts in the {@link Friberg} model (Friberg et al. 2002; Abbiati
 * et al. 2021).
 */
public enum MyelosuppressionEffect {
  /** {@code dProl/dt = ktr·Prol·(1 − E)·(Circ0/Circ)^γ − ktr·Prol}. */
  PROLIFERATION,
  /** Maturation arrest: slowed transit {@code ktr·(1 − E)} through T1–T3. */
  MATURATION_ARREST
}
