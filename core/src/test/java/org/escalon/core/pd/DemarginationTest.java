package org.escalon.core.pd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** ANC_observed = Circ·(1 + Emax·Ce/(EC50 + Ce)) (Dale et al. 1975; docs/model.md §2E), by hand. */
class DemarginationTest {

  @Test
  void observedCountIsTheEmaxFormula() {
    assertThat(Demargination.observed(3.5, 0.0, 1.0, 20)).isEqualTo(3.5);
    assertThat(Demargination.observed(3.5, 20, 1.0, 20)).isCloseTo(3.5 * 1.5, within(1e-15));
    assertThat(Demargination.observed(2.0, 60, 1.0, 20)).isCloseTo(2.0 * 1.75, within(1e-15));
    assertThat(Demargination.observed(2.0, 5, 0.4, 20)).isCloseTo(2.0 * (1 + 0.4 * 0.2), within(1e-15));
    // the rise saturates at (1 + Emax): +100 % with the default Emax 1
    assertThat(Demargination.observed(1.0, 1e12, 1.0, 20)).isCloseTo(2.0, within(1e-10));
    // a (numerically) negative effect site does not lower the count
    assertThat(Demargination.observed(3.5, -1e-12, 1.0, 20)).isEqualTo(3.5);
  }
}
