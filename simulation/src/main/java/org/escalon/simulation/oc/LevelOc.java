package org.escalon.simulation.oc;

import java.util.Objects;
import org.escalon.core.output.Estimate;

/**
 * What a design does at one dose level, over trials: the same three quantities for the design-only and the PK/PD
 * engines. Exact results carry standard error 0. Immutable.
 *
 * @param mtdSelectionPct % of trials selecting this level as MTD (binomial standard error)
 * @param meanN mean patients treated at this level
 * @param meanDlt mean DLTs at this level
 */
public record LevelOc(Estimate mtdSelectionPct, Estimate meanN, Estimate meanDlt) {

  /**
   * Rejects null components.
   *
   * @param mtdSelectionPct % of trials selecting this level as MTD (binomial standard error)
   * @param meanN mean patients treated at this level
   * @param meanDlt mean DLTs at this level
   */
  public LevelOc {
    Objects.requireNonNull(mtdSelectionPct, "mtdSelectionPct");
    Objects.requireNonNull(meanN, "meanN");
    Objects.requireNonNull(meanDlt, "meanDlt");
  }
}
