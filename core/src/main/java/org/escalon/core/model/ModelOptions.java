package org.escalon.core.model;

import java.util.Objects;
import org.escalon.core.pd.MyelosuppressionEffect;

/**
 * Structural choices of the model.
 *
 * @param pkStructure one- or two-compartment cemsidomide PK
 * @param pkForm closed-form PK fed into the PD equations (fast, the default) or PK as ODE states with boluses
 *     as state resets (reference)
 * @param neutrophilEffect where the marrow IKZF1 effect acts in the Friberg model
 */
public record ModelOptions(PkStructure pkStructure, PkForm pkForm, MyelosuppressionEffect neutrophilEffect) {

  /** One compartment, closed-form PK, drug effect on proliferation. */
  public static final ModelOptions DEFAULT =
      new ModelOptions(PkStructure.ONE_COMPARTMENT, PkForm.CLOSED_FORM, MyelosuppressionEffect.BLUNTED_FEEDBACK);

  public ModelOptions {
    Objects.requireNonNull(pkStructure, "pkStructure");
    Objects.requireNonNull(pkForm, "pkForm");
    Objects.requireNonNull(neutrophilEffect, "neutrophilEffect");
  }

  public ModelOptions withPkStructure(PkStructure s) {
    return new ModelOptions(s, pkForm, neutrophilEffect);
  }

  public ModelOptions withPkForm(PkForm f) {
    return new ModelOptions(pkStructure, f, neutrophilEffect);
  }

  public ModelOptions withNeutrophilEffect(MyelosuppressionEffect e) {
    return new ModelOptions(pkStructure, pkForm, e);
  }

  /** Cemsidomide PK structure. */
  public enum PkStructure {
    ONE_COMPARTMENT,
    TWO_COMPARTMENT
  }

  /** How PK is computed. */
  public enum PkForm {
    /** Linear PK propagated exactly (Bateman superposition) and fed into the PD ODE. */
    CLOSED_FORM,
    /** PK compartments integrated as ODE states; a dose is a state reset. */
    ODE
  }
}
