package org.escalon.core.population;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Independent random streams addressed by a master seed and indices (for example trial, patient), so that a
 * result never depends on which thread computed it. The key is mixed with the SplitMix64 finaliser (Steele,
 * Lea &amp; Flood 2014) and seeds a Commons RNG XoRoShiRo128++ generator. Thread-safe (stateless).
 */
public final class RandomStreams {
  private RandomStreams() {}

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** SplitMix64 finaliser. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The stream of {@code (seed, indices...)}; the same arguments always give the same sequence. */
  public static UniformRandomProvider stream(long seed, long... indices) {
    long h = mix64(seed + GOLDEN);
    for (long i : indices) {
      h = mix64(h ^ mix64(i + GOLDEN * 3));
      h += GOLDEN;
    }
    long s0 = mix64(h);
    long s1 = mix64(h + GOLDEN);
    if (s0 == 0 && s1 == 0) {
      s1 = GOLDEN;
    }
    return new XoRoShiRo128PlusPlus(s0, s1);
  }
}
