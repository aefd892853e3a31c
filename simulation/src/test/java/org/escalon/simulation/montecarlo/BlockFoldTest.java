package org.escalon.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link BlockFold} combines in block order whatever the arrival order, and rejects a block given twice. */
class BlockFoldTest {

  @Test
  void combinesInBlockOrderWhateverTheArrivalOrder() {
    // string concatenation is not commutative: only the order 0, 1, ..., 9 gives "0123456789"
    for (long seed = 0; seed < 20; seed++) {
      List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
      Collections.shuffle(order, new Random(seed));
      BlockFold<StringBuilder> fold = new BlockFold<>(10, StringBuilder::append);
      for (int b : order) {
        fold.add(b, new StringBuilder().append(b));
      }
      assertThat(fold.result()).hasToString("0123456789");
    }
  }

  @Test
  void missingAndRepeatedBlocksAreErrors() {
    BlockFold<StringBuilder> fold = new BlockFold<>(3, StringBuilder::append);
    fold.add(1, new StringBuilder("b"));
    assertThatThrownBy(() -> fold.add(1, new StringBuilder("x"))).hasMessage("block = 1: was already added");
    assertThatThrownBy(fold::result).hasMessage("block 0 of 3 is missing");
    fold.add(0, new StringBuilder("a"));
    assertThatThrownBy(() -> fold.add(0, new StringBuilder("x"))).hasMessage("block = 0: was already added");
    assertThatThrownBy(() -> fold.add(3, new StringBuilder("x"))).hasMessage("block = 3: must be in 0..2");
    assertThatThrownBy(() -> new BlockFold<StringBuilder>(0, StringBuilder::append))
        .hasMessage("blocks = 0: must be >= 1");
  }
}
