package org.escalon.simulation.pkpd;

import java.util.Objects;
import java.util.function.IntFunction;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.CoupledTrialRunner;
import org.escalon.simulation.trial.TrialConduct;

/**
 * A design by name, built for the number of dose levels of each arm it runs on (e.g. {@code "boin"} →
 * {@code k -> Designs.boin(0.3, k, 3, 10)}). A count-based design ({@link EscalationDesign}) is conducted by a
 * {@link CoupledTrialRunner} (every cohort waits for the DLT window); a design with its own conduct (time-to-event
 * designs, backfilling) is given as a {@link TrialConduct.Factory} with {@link #conducted}.
 *
 * @param name name used in outputs
 * @param factory builds the count-based design for K levels, or {@code null} for a design given by its conduct only
 * @param conductFactory builds the conduct, or {@code null} to conduct {@code factory}'s design with a {@link
 *     CoupledTrialRunner}
 */
public record NamedDesign(String name, IntFunction<EscalationDesign> factory, TrialConduct.Factory conductFactory) {

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param name name used in outputs
   * @param factory builds the count-based design for K levels, or {@code null} for a design given by its conduct only
   * @param conductFactory builds the conduct, or {@code null} to conduct {@code factory}'s design with a {@link
   *     CoupledTrialRunner}
   */
  public NamedDesign {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("design name must not be blank");
    }
    if (factory == null && conductFactory == null) {
      throw new IllegalArgumentException("design " + name + ": needs a design factory or a conduct factory");
    }
  }

  /**
   * A count-based design, conducted cohort by cohort with the DLT window.
   *
   * @param name name used in outputs
   * @param factory builds the count-based design for K levels, or {@code null} for a design given by its conduct only
   */
  public NamedDesign(String name, IntFunction<EscalationDesign> factory) {
    this(name, Objects.requireNonNull(factory, "factory"), null);
  }

  /**
   * A design that conducts its own trials (time-to-event, backfilling).
   *
   * @param name name used in outputs
   * @param conductFactory builds the conduct, or {@code null} to conduct {@code factory}'s design with a {@link
   *     CoupledTrialRunner}
   * @return a design that conducts its own trials (time-to-event, backfilling)
   */
  public static NamedDesign conducted(String name, TrialConduct.Factory conductFactory) {
    return new NamedDesign(name, null, Objects.requireNonNull(conductFactory, "conductFactory"));
  }

  /**
   * Whether this design is count-based (has an {@link EscalationDesign} form).
   *
   * @return whether this design is count-based (has an {@link EscalationDesign} form)
   */
  public boolean countBased() {
    return factory != null;
  }

  /**
   * The count-based design for {@code levels} dose levels.
   *
   * @param levels the dose levels, lowest first
   * @return the count-based design for {@code levels} dose levels
   * @throws IllegalStateException for a design given by its conduct only
   */
  public EscalationDesign forLevels(int levels) {
    if (factory == null) {
      throw new IllegalStateException("design " + name + " conducts its own trials and has no count-based form");
    }
    EscalationDesign d = factory.apply(levels);
    if (d.doseCount() != levels) {
      throw new IllegalStateException(
          "design " + name + " was built with " + d.doseCount() + " doses for " + levels + " levels");
    }
    return d;
  }

  /**
   * A new conduct of this design for {@code levels} levels and the study's settings (one per thread).
   *
   * @param levels the dose levels, lowest first
   * @param accrual accrual and DLT window
   * @param rp2dRule RP2D rule
   * @param stage optimisation stage
   * @return a new conduct of this design for {@code levels} levels and the study's settings (one per thread)
   */
  public TrialConduct conduct(int levels, Accrual accrual, Rp2dRule rp2dRule, OptimisationStage stage) {
    if (conductFactory == null) {
      return new CoupledTrialRunner(forLevels(levels), accrual, rp2dRule, stage);
    }
    TrialConduct c = conductFactory.create(levels, accrual, rp2dRule, stage);
    if (c.doseCount() != levels) {
      throw new IllegalStateException(
          "design " + name + " was built with " + c.doseCount() + " doses for " + levels + " levels");
    }
    return c;
  }
}
