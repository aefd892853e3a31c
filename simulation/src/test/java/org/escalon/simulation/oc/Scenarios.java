package org.escalon.simulation.oc;

import java.util.List;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.trial.FixedToxicity;

/** Designs and scenarios shared by the OC tests. */
final class Scenarios {

  private Scenarios() {}

  static final FixedToxicity CLASSIC = FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6);
  /** About a third of BOIN trials stop early with no MTD (exact: 32.06 %). */
  static final FixedToxicity TOXIC = FixedToxicity.of(0.35, 0.45, 0.55, 0.65, 0.7);
  static final FixedToxicity SAFE = FixedToxicity.of(0.02, 0.04, 0.06, 0.08, 0.3);

  static List<EscalationDesign> designs() {
    return List.of(
        Designs.boin(0.3, 5, 3, 10),
        Boin.builder(0.3, 5).titration(true).extrasafe(true).nEarlyStop(12).boundMtd(true).build(),
        Boin.builder(0.3, 5).cohortSize(2).maxSampleSize(21).startDose(2).cutoffEli(0.9).build(),
        Designs.threePlusThree(5),
        Designs.threePlusThree(5, ThreePlusThree.Variant.B),
        Designs.i3Plus3(0.3, 5, 3, 10),
        Designs.mtpi2(0.3, 5, 3, 10),
        Designs.keyboard(0.3, 5, 3, 10),
        Designs.boin(0.3, 5, 3, 12).stopAtSampleSize(24).stopWhenNAtDose(12).noDoseSkipping());
  }
}
