package org.escalon.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The curvature estimate against closed forms on analytic quadratic objectives. */
class CurvatureTest {

  /**
   * F(x) = (x − m)ᵀ A (x − m) has Hessian 2A, so Cov = 2·H⁻¹ = A⁻¹. With A = [[4, 1], [1, 2]]: A⁻¹ = [[2, −1],
   * [−1, 4]]/7, SE = (sqrt(2/7), sqrt(4/7)), correlation −1/sqrt(8). Central differences are exact on a quadratic,
   * so only rounding remains.
   */
  @Test
  void quadraticGivesTheInverseOfHalfTheHessian() {
    double[] m = {0.3, -0.2};
    Curvature.Result r = Curvature.estimate(x -> {
      double a = x[0] - m[0];
      double b = x[1] - m[1];
      return 4 * a * a + 2 * a * b + 2 * b * b;
    }, m, 0, new double[] {-5, -5}, new double[] {5, 5});
    assertThat(r.hessian()[0][0]).isCloseTo(8, within(1e-9));
    assertThat(r.hessian()[1][1]).isCloseTo(4, within(1e-9));
    assertThat(r.hessian()[0][1]).isCloseTo(2, within(1e-9));
    assertThat(r.covariance()[0][0]).isCloseTo(2.0 / 7, within(1e-9));
    assertThat(r.covariance()[1][1]).isCloseTo(4.0 / 7, within(1e-9));
    assertThat(r.covariance()[0][1]).isCloseTo(-1.0 / 7, within(1e-9));
    assertThat(r.se()[0]).isCloseTo(Math.sqrt(2.0 / 7), within(1e-9));
    assertThat(r.correlation()[0][1]).isCloseTo(-1 / Math.sqrt(8), within(1e-9));
    assertThat(r.identified()).containsExactly(true, true);
    // steps adapted to about one standard error: the second difference H_ii·h² lands in [0.5, 10]
    for (int i = 0; i < 2; i++) {
      assertThat(r.hessian()[i][i] * r.step()[i] * r.step()[i]).isBetween(Curvature.LOW, Curvature.HIGH);
    }
  }

  /** A flat direction (F depends on x1 + x2 only): neither parameter is identified. */
  @Test
  void flatDirectionIsNotIdentified() {
    Curvature.Result r = Curvature.estimate(x -> (x[0] + x[1]) * (x[0] + x[1]) + 0 * x[2] + (x[2] - 1)
        * (x[2] - 1) * 3, new double[] {0, 0, 1}, 0, new double[] {-1, -1, 0}, new double[] {1, 1, 2});
    assertThat(r.identified()).containsExactly(false, false, true);
    assertThat(r.se()[0]).isNaN();
    assertThat(r.se()[2]).isCloseTo(Math.sqrt(2.0 / 6), within(1e-9));
  }

  /** A step never leaves the bounds; a point on a bound is rejected. */
  @Test
  void boundsAreRespected() {
    double[] lowest = {Double.POSITIVE_INFINITY};
    Curvature.estimate(x -> {
      lowest[0] = Math.min(lowest[0], x[0]);
      return 1e-6 * x[0] * x[0];
    }, new double[] {0.01}, 1e-10, new double[] {0}, new double[] {10});
    assertThat(lowest[0]).isGreaterThanOrEqualTo(0);
    assertThatThrownBy(() -> Curvature.estimate(x -> x[0] * x[0], new double[] {0}, 0, new double[] {0},
        new double[] {1})).hasMessageStartingWith("x[0] = 0.0: must be strictly inside its bounds");
  }
}
