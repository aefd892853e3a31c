package org.escalon.core.pd;

/**
 * Where the myelosuppressive effect E = Emax·D_M acts in the {@link Friberg} model (Friberg et al. 2002; Abbiati
 * et al. 2021).
 */
public enum MyelosuppressionEffect {
  /** {@code dProl/dt = ktr·Prol·(1 − E)·(Circ0/Circ)^γ − ktr·Prol}. */
  PROLIFERATION,
  /** Maturation arrest: slowed transit {@code ktr·(1 − E)} through T1–T3. */
  MATURATION_ARREST,
  /**
   * Feedback blunted by deep marrow IKZF1 loss ({@link FeedbackBlunting}, docs/model.md §2E):
   * {@code E = Emax·H(D_M; D50E, nE)} on proliferation and {@code γ_eff = γ·(1 − φ·H(D_M; D50F, nF))}. Platelets
   * keep {@link #PROLIFERATION}.
   */
  BLUNTED_FEEDBACK;

  /**
   * The name used on the command line and in scenario files, e.g. {@code maturation-arrest}.
   *
   * @return the name used on the command line and in scenario files, e.g
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The variant with this label.
   *
   * @param label the effect's label as users write it (see {@link #label()})
   * @return the variant with this label
   * @throws IllegalArgumentException naming the value and the allowed labels
   */
  public static MyelosuppressionEffect byLabel(String label) {
    for (MyelosuppressionEffect e : values()) {
      if (e.label().equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException("neutrophil effect = '" + label
        + "': must be proliferation, maturation-arrest or blunted-feedback");
  }
}
