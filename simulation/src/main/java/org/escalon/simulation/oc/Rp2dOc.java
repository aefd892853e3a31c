package org.escalon.simulation.oc;

import java.util.List;
import java.util.Objects;
import org.escalon.core.output.Estimate;

/**
 * How often and how well a PK/PD study selects its recommended phase-2 dose (RP2D), over trials. Percentages are
 * 0–100 with binomial standard errors; the rates at the RP2D are proportions (0–1) averaged over the trials that
 * selected an RP2D, with the standard error of that mean. Immutable.
 *
 * @param rp2dSelectionPct % of trials selecting each level as RP2D (index 0 = level 1)
 * @param noRp2dPct % of trials selecting no RP2D
 * @param pcsRp2d % of trials selecting the true optimal level (correct selection; "none" when there is none)
 * @param orrAtRp2d objective response rate among the patients treated at the selected RP2D
 * @param dltRateAtRp2d DLT rate among the patients treated at the selected RP2D
 */
public record Rp2dOc(List<Estimate> rp2dSelectionPct, Estimate noRp2dPct, Estimate pcsRp2d, Estimate orrAtRp2d,
    Estimate dltRateAtRp2d) {

  /**
   * Rejects nulls; copies the list.
   *
   * @param rp2dSelectionPct % of trials selecting each level as RP2D (index 0 = level 1)
   * @param noRp2dPct % of trials selecting no RP2D
   * @param pcsRp2d % of trials selecting the true optimal level (correct selection; "none" when there is none)
   * @param orrAtRp2d objective response rate among the patients treated at the selected RP2D
   * @param dltRateAtRp2d DLT rate among the patients treated at the selected RP2D
   */
  public Rp2dOc {
    rp2dSelectionPct = List.copyOf(Objects.requireNonNull(rp2dSelectionPct, "rp2dSelectionPct"));
    Objects.requireNonNull(noRp2dPct, "noRp2dPct");
    Objects.requireNonNull(pcsRp2d, "pcsRp2d");
    Objects.requireNonNull(orrAtRp2d, "orrAtRp2d");
    Objects.requireNonNull(dltRateAtRp2d, "dltRateAtRp2d");
  }
}
