package org.escalon.core.internal;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * The one factory of independent random streams, for core and simulation alike: a stream is addressed by a master
 * seed and indices, never by the thread that uses it, so results do not depend on the number of threads. Two
 * addressing schemes exist, both kept bit for bit because recorded results depend on them:
 * <pre>
 *   mix      = the SplitMix64 output function (a bijection of 64-bit values)
 *   γ        = 0x9E3779B97F4A7C15 (golden ratio)
 *
 *   trial(seed, i):                h = mix(seed)
 *                                  s0 = mix(h + (2i + 1)·γ),  s1 = mix(h + (2i + 2)·γ)
 *
 *   stream(seed, i_1, …, i_m):     h = mix(seed + γ);  for each index: h = mix(h ^ mix(i + 3γ)) + γ
 *                                  s0 = mix(h),  s1 = mix(h + γ)
 *
 *   generator = XoRoShiRo128PlusPlus(s0, s1)    (s1 = γ if both are 0: the all-zero state is invalid)
 * </pre>
 * {@code trial} gives trial i of a Monte Carlo study its stream; {@code stream} addresses everything else (a
 * virtual patient, the accrual of trial i, …) by a tag and indices. SplitMix64 is from Steele, Lea &amp; Flood 2014,
 * "Fast splittable pseudorandom number generators", OOPSLA, doi:10.1145/2714064.2660195; seeding xoroshiro128++
 * (Blackman &amp; Vigna 2021, ACM TOMS 47(4):36, doi:10.1145/3460772; Commons RNG
 * {@code RandomSource.XO_RO_SHI_RO_128_PP}) from SplitMix64 outputs is the seeding its authors recommend.
 *
 * <p>Internal: used by core and simulation; not part of the public API. Stateless and thread-safe.
 */
public final class RandomStreams {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private RandomStreams() {}

  /**
   * The SplitMix64 output function (a bijection of 64-bit values).
   *
   * @param z the value to mix
   * @return the SplitMix64 output function (a bijection of 64-bit values)
   */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The stream of {@code (seed, indices...)}; the same arguments always give the same sequence.
   *
   * @param seed the master seed
   * @param indices the stream's indices below the seed, e.g. a tag, the trial index and the patient index
   * @return the stream of {@code (seed, indices...)}; the same arguments always give the same sequence
   */
  public static UniformRandomProvider stream(long seed, long... indices) {
    long h = mix64(seed + GOLDEN);
    for (long i : indices) {
      h = mix64(h ^ mix64(i + GOLDEN * 3));
      h += GOLDEN;
    }
    return generator(mix64(h), mix64(h + GOLDEN));
  }

  /**
   * The stream of Monte Carlo trial {@code trialIndex} (&ge; 0) under master {@code seed}.
   *
   * @param seed the master seed
   * @param trialIndex the trial's index i, 0-based
   * @return the stream of Monte Carlo trial {@code trialIndex} (&ge; 0) under master {@code seed}
   * @throws IllegalArgumentException if {@code trialIndex < 0}
   */
  public static UniformRandomProvider trial(long seed, long trialIndex) {
    if (trialIndex < 0) {
      throw new IllegalArgumentException("trialIndex = " + trialIndex + ": must be >= 0");
    }
    long h = mix64(seed);
    return generator(mix64(h + (2 * trialIndex + 1) * GOLDEN), mix64(h + (2 * trialIndex + 2) * GOLDEN));
  }

  private static UniformRandomProvider generator(long s0, long s1) {
    return new XoRoShiRo128PlusPlus(s0, s0 == 0 && s1 == 0 ? GOLDEN : s1);
  }
}
