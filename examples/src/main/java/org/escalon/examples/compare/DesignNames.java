package org.escalon.examples.compare;

import java.util.Locale;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.pkpd.NamedDesign;

/**
 * Design names used by {@code compare}, scenario files and the example mains: {@code 3+3A}, {@code 3+3B},
 * {@code boin}, {@code i3+3}, {@code mtpi2}, {@code keyboard}.
 */
public final class DesignNames {
  private DesignNames() {}

  /** The allowed names, for messages. */
  public static final String ALLOWED = "3+3A, 3+3B, boin, i3+3, mtpi2, keyboard";

  /**
   * The design called {@code name}; interval designs use {@code target}, {@code cohortSize} and {@code cohorts}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static NamedDesign of(String name, double target, int cohortSize, int cohorts) {
    String n = name == null ? "" : name.trim();
    switch (n.toLowerCase(Locale.ROOT)) {
      case "3+3a":
      case "3+3":
        return new NamedDesign("3+3A", k -> Designs.threePlusThree(k, ThreePlusThree.Variant.A));
      case "3+3b":
        return new NamedDesign("3+3B", k -> Designs.threePlusThree(k, ThreePlusThree.Variant.B));
      case "boin":
        return new NamedDesign("boin", k -> Designs.boin(target, k, cohortSize, cohorts));
      case "i3+3":
        return new NamedDesign("i3+3", k -> Designs.i3Plus3(target, k, cohortSize, cohorts));
      case "mtpi2":
        return new NamedDesign("mtpi2", k -> Designs.mtpi2(target, k, cohortSize, cohorts));
      case "keyboard":
        return new NamedDesign("keyboard", k -> Designs.keyboard(target, k, cohortSize, cohorts));
      default:
        throw new IllegalArgumentException("unknown design '" + name + "'; allowed: " + ALLOWED);
    }
  }
}
