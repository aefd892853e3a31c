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

  /**
   * Requires every option.
   *
   * @param pkStructure one- or two-compartment cemsidomide PK
   * @param pkForm closed-form PK fed into the PD equations (fast, the default) or PK as ODE states with boluses as
   *     state resets (reference)
   * @param neutrophilEffect where the marrow IKZF1 effect acts in the Friberg model
   */
  public ModelOptions {
    Objects.requireNonNull(pkStructure, "pkStructure");
    Objects.requireNonNull(pkForm, "pkForm");
    Objects.requireNonNull(neutrophilEffect, "neutrophilEffect");
  }

  /**
   * A copy with another PK structure.
   *
   * @param s one or two compartments
   * @return a copy with pkStructure replaced
   */
  public ModelOptions withPkStructure(PkStructure s) {
    return new ModelOptions(s, pkForm, neutrophilEffect);
  }

  /**
   * A copy with another way of computing the PK.
   *
   * @param f closed form (Bateman superposition) or ODE
   * @return a copy with pkForm replaced
   */
  public ModelOptions withPkForm(PkForm f) {
    return new ModelOptions(pkStructure, f, neutrophilEffect);
  }

  /**
   * A copy with another place for the marrow IKZF1 effect on neutrophils.
   *
   * @param e proliferation (the default) or maturation arrest, or the blunted-feedback option
   * @return a copy with neutrophilEffect replaced
   */
  public ModelOptions withNeutrophilEffect(MyelosuppressionEffect e) {
    return new ModelOptions(pkStructure, pkForm, e);
  }

  /** Cemsidomide PK structure. */
  public enum PkStructure {
    /** One compartment with first-order absorption (the default; docs/model.md). */
    ONE_COMPARTMENT,
    /** Two compartments (central and peripheral, with Q and V2). */
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
