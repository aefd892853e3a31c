package org.escalon.simulation.trial;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.internal.RandomStreams;

/**
 * Fixed true DLT and response probabilities per dose level. Patient k draws the latent uniform u_k as the k-th
 * draw of the trial's stream (so DLTs equal those of {@link FixedToxicity} on the same seed: DLT iff
 * {@code u_k < p_d}), and a response uniform v_k = SplitMix64(bits(u_k)) (a hash of u_k, effectively independent of it, so that the
 * trial's stream is consumed exactly as by {@link FixedToxicity}); response iff {@code v_k < orr_d}.
 *
 * @param dltProbabilities true DLT probability per level, each in [0, 1]
 * @param responseProbabilities true response probability per level, each in [0, 1] (same length)
 */
public record FixedOutcomeSource(double[] dltProbabilities, double[] responseProbabilities)
    implements PatientOutcomeSource {

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

  @Override
  public double[] dltProbabilities() {
    return dltProbabilities.clone();
  }

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
        return new PatientOutcome(u[k] < dltProbabilities[level - 1], v[k] < responseProbabilities[level - 1],
            false, null);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedOutcomeSource f && Arrays.equals(dltProbabilities, f.dltProbabilities)
        && Arrays.equals(responseProbabilities, f.responseProbabilities);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(dltProbabilities) + Arrays.hashCode(responseProbabilities);
  }
}
