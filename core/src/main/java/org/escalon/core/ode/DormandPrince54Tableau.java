package org.escalon.core.ode;

/**
 * The Butcher tableau of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980, J. Comput. Appl. Math.
 * 6(1):19–26, doi:10.1016/0771-050X(80)90013-3; Hairer, Nørsett &amp; Wanner, <i>Solving Ordinary Differential
 * Equations I</i>, 2nd ed., Springer 1993, Table II.5.2), the error coefficients and the dense-output
 * coefficients of Shampine (1986) as in Hairer's {@code DOPRI5}/{@code CONTD5}:
 *
 * <pre>
 *   0   |
 *  1/5  | 1/5
 *  3/10 | 3/40        9/40
 *  4/5  | 44/45      −56/15      32/9
 *  8/9  | 19372/6561 −25360/2187 64448/6561 −212/729
 *   1   | 9017/3168  −355/33     46732/5247  49/176  −5103/18656
 *   1   | 35/384      0          500/1113   125/192  −2187/6784    11/84
 * ------+---------------------------------------------------------------------
 *  y5   | 35/384      0          500/1113   125/192  −2187/6784    11/84     0
 *  y4   | 5179/57600  0          7571/16695 393/640  −92097/339200 187/2100  1/40
 * </pre>
 *
 * <p>Compile-time constants (internal to {@link DormandPrince54Integrator}).
 */
final class DormandPrince54Tableau {

  private DormandPrince54Tableau() {}

  // Nodes c_i.
  static final double C2 = 1.0 / 5.0;
  static final double C3 = 3.0 / 10.0;
  static final double C4 = 4.0 / 5.0;
  static final double C5 = 8.0 / 9.0;

  // Coupling coefficients a_ij.
  static final double A21 = 1.0 / 5.0;
  static final double A31 = 3.0 / 40.0;
  static final double A32 = 9.0 / 40.0;
  static final double A41 = 44.0 / 45.0;
  static final double A42 = -56.0 / 15.0;
  static final double A43 = 32.0 / 9.0;
  static final double A51 = 19372.0 / 6561.0;
  static final double A52 = -25360.0 / 2187.0;
  static final double A53 = 64448.0 / 6561.0;
  static final double A54 = -212.0 / 729.0;
  static final double A61 = 9017.0 / 3168.0;
  static final double A62 = -355.0 / 33.0;
  static final double A63 = 46732.0 / 5247.0;
  static final double A64 = 49.0 / 176.0;
  static final double A65 = -5103.0 / 18656.0;
  // 5th-order weights b_i (= a_7i, FSAL).
  static final double A71 = 35.0 / 384.0;
  static final double A73 = 500.0 / 1113.0;
  static final double A74 = 125.0 / 192.0;
  static final double A75 = -2187.0 / 6784.0;
  static final double A76 = 11.0 / 84.0;

  // Error coefficients e_i = b_i − b̂_i (DOPRI5).
  static final double E1 = 71.0 / 57600.0;
  static final double E3 = -71.0 / 16695.0;
  static final double E4 = 71.0 / 1920.0;
  static final double E5 = -17253.0 / 339200.0;
  static final double E6 = 22.0 / 525.0;
  static final double E7 = -1.0 / 40.0;

  // Dense output of Shampine (1986), as in DOPRI5's CONTD5.
  static final double D1 = -12715105075.0 / 11282082432.0;
  static final double D3 = 87487479700.0 / 32700410799.0;
  static final double D4 = -10690763975.0 / 1880347072.0;
  static final double D5 = 701980252875.0 / 199316789632.0;
  static final double D6 = -1453857185.0 / 822651844.0;
  static final double D7 = 69997945.0 / 29380423.0;
}
