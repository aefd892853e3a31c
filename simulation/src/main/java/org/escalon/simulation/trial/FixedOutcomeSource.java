package org.escalon.simulation.trial;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.internal.RandomStreams;

/**
 * Fixed true DLT and response probabilities per dose level. Patient k draws the latent uniform u_k as the k-th
 * draw of the trial's stream (so DLTs equal those of {@link FixedToxicity} on the same seed: DLT iff
 * {@code u_k < p_d}), and a response uniform v_k = SplitMix64(bits(u_k)) (a hash of u_k, effectively independent of it,
 * so that the
 * trial's stream is consumed exactly as by {@link FixedToxicity}); response iff {@code v_k < orr_d}.
 *
 * <p>Timing, for time-to-event designs, without further random numbers: a DLT starts on day
 * {@link WeibullOnset#dayGivenDlt}{@code (u_k / p_d)} of the level's {@link WeibullOnset} (u_k / p_d is uniform given
 * the DLT), as R {@code TITEgBOIN} simulates it; a response is known at the end of the window (as R {@code bfboin}
 * draws it).
 *
 * @param dltProbabilities true DLT probability per level, each in [0, 1]
 * @param responseProbabilities true response probability per level, each in [0, 1] (same length)
 * @param windowDays the DLT window in days (1..366; 28 by default)
 * @param onsetAlpha1 the onset's α1 (fraction of DLTs in the late part of the window), in (0, 1); 0.5 by default
 * @param onsetAlpha2 the onset's α2 (the late part's fraction of the window), in (0, 1); 0.5 by default
 */
public record FixedOutcomeSource(double[] dltProbabilities, double[] responseProbabilities, int windowDays,
    double onsetAlpha1, double onsetAlpha2) implements PatientOutcomeSource {

  /**
   * With a 28-day window and α1 = α2 = 0.5.
   *
   * @param dltProbabilities true DLT probability per level, each in [0, 1]
   * @param responseProbabilities true response probability per level, each in [0, 1] (same length)
   */
  public FixedOutcomeSource(double[] dltProbabilities, double[] responseProbabilities) {
    this(dltProbabilities, responseProbabilities, 28, WeibullOnset.DEFAULT_ALPHA, WeibullOnset.DEFAULT_ALPHA);
  }

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param dltProbabilities true DLT probability per level, each in [0, 1]
   * @param responseProbabilities true response probability per level, each in [0, 1] (same length)
   * @param windowDays the DLT window in days (1..366; 28 by default)
   * @param onsetAlpha1 the onset's α1 (fraction of DLTs in the late part of the window), in (0, 1); 0.5 by default
   * @param onsetAlpha2 the onset's α2 (the late part's fraction of the window), in (0, 1); 0.5 by default
   */
  public FixedOutcomeSource {
    if (dltProbabilities == null || responseProbabilities == null || dltProbabilities.length == 0
        || dltProbabilities.length != responseProbabilities.length) {
      throw new IllegalArgumentException(
          "dltProbabilities and responseProbabilities must be non-empty arrays of the same length, got lengths "
              + (dltProbabilities == null ? "null" : Integer.toString(dltProbabilities.length)) + " and "
              + (responseProbabilities == null ? "null" : Integer.toString(responseProbabilities.length)));
    }
    dltProbabilities = dltProbabilities.clone();
    responseProbabilities = responseProbabilities.clone();
    if (windowDays < 1 || windowDays > 366) {
      throw new IllegalArgumentException("windowDays = " + windowDays + ": must be in 1..366");
    }
    new WeibullOnset(0.5, windowDays, onsetAlpha1, onsetAlpha2); // validates the α's with their messages
    for (int j = 0; j < dltProbabilities.length; j++) {
      if (!(dltProbabilities[j] >= 0 && dltProbabilities[j] <= 1)) {
        throw new IllegalArgumentException(
            "dltProbabilities[" + j + "] = " + dltProbabilities[j] + ": must be in [0, 1]");
      }
      if (!(responseProbabilities[j] >= 0 && responseProbabilities[j] <= 1)) {
        throw new IllegalArgumentException(
            "responseProbabilities[" + j + "] = " + responseProbabilities[j] + ": must be in [0, 1]");
      }
    }
  }

  /**
   * True DLT probability per level, each in [0, 1].
   *
   * @return true DLT probability per level, each in [0, 1]
   */
  @Override
  public double[] dltProbabilities() {
    return dltProbabilities.clone();
  }

  /**
   * True response probability per level, each in [0, 1] (same length).
   *
   * @return true response probability per level, each in [0, 1] (same length)
   */
  @Override
  public double[] responseProbabilities() {
    return responseProbabilities.clone();
  }

  @Override
  public int levelCount() {
    return dltProbabilities.length;
  }

  @Override
  public TrialPatients forTrial(long trialIndex, UniformRandomProvider trialRng) {
    WeibullOnset[] onsets = new WeibullOnset[dltProbabilities.length];
    for (int j = 0; j < onsets.length; j++) {
      onsets[j] = new WeibullOnset(dltProbabilities[j], windowDays, onsetAlpha1, onsetAlpha2);
    }
    return new TrialPatients() {
      private double[] u = new double[32];
      private double[] v = new double[32];
      private int drawn;

      @Override
      public PatientOutcome outcome(int k, int level) {
        if (level < 1 || level > dltProbabilities.length) {
          throw new IllegalArgumentException("level = " + level + ": must be in 1.." + dltProbabilities.length);
        }
        while (drawn <= k) {
          if (drawn == u.length) {
            u = Arrays.copyOf(u, 2 * u.length);
            v = Arrays.copyOf(v, 2 * v.length);
          }
          u[drawn] = trialRng.nextDouble();
          long h = RandomStreams.mix64(Double.doubleToLongBits(u[drawn]) ^ 0x2545F4914F6CDD1DL);
          v[drawn] = (h >>> 11) * 0x1.0p-53;
          drawn++;
        }
        double p = dltProbabilities[level - 1];
        boolean dlt = u[k] < p;
        boolean response = v[k] < responseProbabilities[level - 1];
        return new PatientOutcome(dlt, response, false, null,
            dlt ? onsets[level - 1].dayGivenDlt(u[k] / p) : Double.NaN, response ? windowDays : Double.NaN);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedOutcomeSource f && Arrays.equals(dltProbabilities, f.dltProbabilities)
        && Arrays.equals(responseProbabilities, f.responseProbabilities) && windowDays == f.windowDays
        && onsetAlpha1 == f.onsetAlpha1 && onsetAlpha2 == f.onsetAlpha2;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(Arrays.hashCode(dltProbabilities), Arrays.hashCode(responseProbabilities),
        windowDays, onsetAlpha1, onsetAlpha2);
  }
}
