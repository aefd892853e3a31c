package org.escalon.core.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.internal.RandomStreams;
import org.junit.jupiter.api.Test;

/** Streams addressed by (seed, indices) are reproducible and distinct. */
class RandomStreamsTest {

  private static long[] first(UniformRandomProvider rng, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = rng.nextLong();
    }
    return out;
  }

  @Test
  void sameArgumentsSameSequenceDifferentArgumentsDifferentSequence() {
    assertThat(first(RandomStreams.stream(42, 3), 8)).containsExactly(first(RandomStreams.stream(42, 3), 8));
    assertThat(first(RandomStreams.stream(42, 3), 8)).isNotEqualTo(first(RandomStreams.stream(42, 4), 8));
    assertThat(first(RandomStreams.stream(42, 3), 8)).isNotEqualTo(first(RandomStreams.stream(43, 3), 8));
    assertThat(first(RandomStreams.stream(42, 1, 2), 8)).isNotEqualTo(first(RandomStreams.stream(42, 2, 1), 8));
    assertThat(first(RandomStreams.stream(42), 8)).isNotEqualTo(first(RandomStreams.stream(42, 0), 8));
  }

  @Test
  void patientsDrawnFromTheSameStreamAreIdentical() {
    PopulationModel pop = PopulationModel.defaults();
    VirtualPatient a = pop.sample(5, RandomStreams.stream(1, 5));
    VirtualPatient b = pop.sample(5, RandomStreams.stream(1, 5));
    assertThat(a.eta()).containsExactly(b.eta());
    assertThat(a.latentUniforms()).containsExactly(b.latentUniforms());
    assertThat(a.covariates()).isEqualTo(b.covariates());
    VirtualPatient c = pop.sample(6, RandomStreams.stream(1, 6));
    assertThat(c.eta()).isNotEqualTo(a.eta());
    // age respects the truncation of the default distribution (39-90)
    for (int i = 0; i < 2000; i++) {
      double age = pop.sample(i, RandomStreams.stream(2, i)).covariates().ageYears();
      assertThat(age).isBetween(39.0, 90.0);
    }
  }

  @Test
  void ageDistributionQuantilesAreTheTruncatedNormal() {
    AgeDistribution d = AgeDistribution.DEFAULT;
    // 39 is 2.8 SD below 67 (Φ = 0.0026), 90 is 2.3 SD above (1 − Φ = 0.0107), so the median of the truncated
    // normal is Φ^{-1}(0.0026 + 0.5·(0.9893 − 0.0026)) = Φ^{-1}(0.4959) = −0.010 SD → 66.9; the ends are the bounds
    assertThat(d.quantile(0.0)).isEqualTo(39.0);
    assertThat(d.quantile(1.0 - 1e-16)).isLessThanOrEqualTo(90.0);
    assertThat(d.quantile(0.5)).isBetween(66.0, 67.0);
    AgeDistribution wide = new AgeDistribution(60, 10, 18, 120);
    // essentially untruncated: Φ^{-1}(0.8413) = +1 SD
    assertThat(wide.quantile(0.841344746)).isBetween(69.99, 70.01);
  }
}
