package org.escalon.simulation.pkpd;

import java.util.List;
import java.util.Objects;
import org.escalon.simulation.trial.DoseLevel;

/**
 * A set of dose levels escalated through by one trial (typically one schedule: 37.5 … 150 µg QD d1-14).
 *
 * @param name name used in outputs (e.g. the schedule text)
 * @param levels the dose levels, lowest first
 */
public record Arm(String name, List<DoseLevel> levels) {
  public Arm {
    Objects.requireNonNull(name, "name");
    levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("arm " + name + " must have at least one dose level");
    }
  }
}
