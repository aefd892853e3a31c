package org.escalon.simulation.pkpd;

import java.util.Objects;
import java.util.function.IntFunction;
import org.escalon.simulation.design.EscalationDesign;

/**
 * A design by name, built for the number of dose levels of each arm it runs on (e.g. {@code "boin"} →
 * {@code k -> Designs.boin(0.3, k, 3, 10)}).
 *
 * @param name name used in outputs
 * @param factory builds the design for K levels
 */
public record NamedDesign(String name, IntFunction<EscalationDesign> factory) {

  public NamedDesign {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(factory, "factory");
    if (name.isBlank()) {
      throw new IllegalArgumentException("design name must not be blank");
    }
  }

  /** The design for {@code levels} dose levels. */
  public EscalationDesign forLevels(int levels) {
    EscalationDesign d = factory.apply(levels);
    if (d.doseCount() != levels) {
      throw new IllegalStateException(
          "design " + name + " was built with " + d.doseCount() + " doses for " + levels + " levels");
    }
    return d;
  }
}
