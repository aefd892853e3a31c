package org.escalon.simulation.montecarlo;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * One independent random stream per trial index.
 *
 * <pre>
 *   h      = mix(seed)
 *   s0     = mix(h + (2i + 1)·γ),   s1 = mix(h + (2i + 2)·γ)     γ = 0x9E3779B97F4A7C15 (golden ratio)
 *   stream = XoRoShiRo128PlusPlus(s0, s1)
 * </pre>
 * where {@code mix} is the SplitMix64 output function (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom
 * number generators", OOPSLA; doi:10.1145/2714064.2660195). Seeding xoroshiro128++ (Blackman &amp; Vigna 2021,
 * ACM TOMS 47(4):36, doi:10.1145/3460772; Commons RNG {@code RandomSource.XO_RO_SHI_RO_128_PP}) from SplitMix64
 * outputs is the seeding its authors recommend. The stream depends on (seed, i) only.
 */
public final class TrialStreams {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private TrialStreams() {}

  /** The stream of trial {@code trialIndex} (≥ 0) under master {@code seed}. */
  public static UniformRandomProvider stream(long seed, long trialIndex) {
    if (trialIndex < 0) {
      throw new IllegalArgumentException("trialIndex = " + trialIndex + ": must be >= 0");
    }
    long h = mix(seed);
    long s0 = mix(h + (2 * trialIndex + 1) * GOLDEN);
    long s1 = mix(h + (2 * trialIndex + 2) * GOLDEN);
    if (s0 == 0 && s1 == 0) {
      s1 = GOLDEN; // the all-zero state is invalid for xoroshiro
    }
    return new XoRoShiRo128PlusPlus(s0, s1);
  }

  /** The SplitMix64 output function (a bijection of 64-bit values). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
