package org.escalon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

/**
 * Both addressing schemes follow their documented formulas exactly (recorded results depend on every bit): the
 * seeds are recomputed here from the Javadoc, with SplitMix64's published constants.
 */
class RandomStreamsTest {

  private static final long G = 0x9E3779B97F4A7C15L;

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void assertSame(UniformRandomProvider a, UniformRandomProvider b) {
    for (int i = 0; i < 16; i++) {
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void mixIsSplitMix64() {
    // SplitMix64 with state 0: the first output is mix(0 + γ) = 0xE220A8397B1DCDAF (Vigna's splitmix64.c)
    assertThat(RandomStreams.mix64(G)).isEqualTo(0xE220A8397B1DCDAFL);
  }

  @Test
  void trialStreamFollowsItsFormula() {
    for (long seed : new long[] {0, 7, -3, Long.MAX_VALUE}) {
      for (long i : new long[] {0, 1, 17, 1L << 40}) {
        long h = mix(seed);
        assertSame(RandomStreams.trial(seed, i),
            new XoRoShiRo128PlusPlus(mix(h + (2 * i + 1) * G), mix(h + (2 * i + 2) * G)));
      }
    }
    assertThatThrownBy(() -> RandomStreams.trial(1, -1)).hasMessage("trialIndex = -1: must be >= 0");
  }

  @Test
  void indexedStreamFollowsItsFormula() {
    long seed = 42;
    long h = mix(seed + G);
    for (long i : new long[] {3, 9}) {
      h = mix(h ^ mix(i + G * 3)) + G;
    }
    assertSame(RandomStreams.stream(42, 3, 9), new XoRoShiRo128PlusPlus(mix(h), mix(h + G)));
    long h0 = mix(5 + G);
    assertSame(RandomStreams.stream(5), new XoRoShiRo128PlusPlus(mix(h0), mix(h0 + G)));
  }
}
