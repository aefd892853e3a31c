package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Decision tables derived by hand from the published rules (φ = 0.3, ε1 = ε2 = 0.05). */
class IntervalDesignsTest {

  private static String row(DecisionTable t, int n) {
    StringBuilder sb = new StringBuilder();
    for (int y = 0; y <= n; y++) {
      sb.append(y == 0 ? "" : " ").append(t.decision(n, y));
    }
    return sb.toString();
  }

  @Test
  void i3plus3ByHand() {
    DecisionTable t = Designs.i3Plus3(0.3, 5, 3, 10).decisionTable();
    // n=3: 0 < .25 E; 1/3 in [.25,.35] S; 2/3 above and 1/3 not below -> D; 3/3: Pr(p>.3) = 1-.3^4 = .9919 -> DU
    assertThat(row(t, 3)).isEqualTo("E S D DU");
    // n=6: 1/6 = .167 E; 2/6 S; 3/6 above, 2/6 not below -> D; 4/6: Pr(p>.3 | Beta(5,3)) = .9712 -> DU
    assertThat(row(t, 6)).isEqualTo("E E S D DU DU DU");
    // n=1: 1/1 above, but (1-1)/1 = 0 is below the interval -> S
    assertThat(row(t, 1)).isEqualTo("E S");
    // n=4: 1/4 = 0.25 is inside the closed interval
    assertThat(t.decision(4, 1)).isEqualTo(Decision.S);
  }

  @Test
  void mtpi2AndKeyboardByHand() {
    for (DecisionTable t : new DecisionTable[] {
        Designs.mtpi2(0.3, 5, 3, 10).decisionTable(), Designs.keyboard(0.3, 5, 3, 10).decisionTable()}) {
      // n=3, y=1: Beta(2,3) density 12p(1-p)^2 averages ~1.75 on [.25,.35] vs ~1.52 on [.15,.25] -> S
      // y=2: Beta(3,2) density 12p^2(1-p) is ~1.76 near 0.7 vs ~0.76 at 0.3 -> D
      assertThat(row(t, 3)).isEqualTo("E S D DU");
      assertThat(t.decision(6, 2)).isEqualTo(Decision.S);
    }
  }

  @Test
  void boinRowsForCohortSizeOneMatchTheFormulas() {
    DecisionTable t = Designs.boin(0.3, 5, 1, 30).decisionTable();
    for (int n = 1; n <= 30; n++) {
      assertThat(t.escalateIfLe(n)).isEqualTo((int) Math.floor(0.2364907 * n));
      int d = (int) Math.floor(0.3585195 * n) + 1;
      int e = t.eliminateIfGe(n);
      assertThat(t.deescalateIfGe(n)).isEqualTo(e >= 0 ? Math.min(d, e) : d);
    }
  }

  @Test
  void marginsValidate() {
    assertThatThrownBy(() -> I3Plus3.builder(0.3, 5).eps1(0.3).build()).hasMessageContaining("eps1 = 0.3");
    assertThatThrownBy(() -> Mtpi2.builder(0.3, 5).eps2(Double.NaN).build()).hasMessageContaining("eps2 = NaN");
    assertThatThrownBy(() -> Keyboard.builder(0.3, 5).eps2(0.8).build()).hasMessageContaining("eps2 = 0.8");
  }
}
