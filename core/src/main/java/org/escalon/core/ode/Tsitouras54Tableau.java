package org.escalon.core.ode;

/**
 * The Butcher tableau of the Tsitouras 5(4) pair (Ch. Tsitouras (2011), "Runge–Kutta pairs of order 5(4)
 * satisfying only the first column simplifying assumption", Comput. Math. Appl. 62(2):770–775,
 * doi:10.1016/j.camwa.2011.06.002), its error coefficients e_i = b_i − b̂_i and the coefficients r_ij of its
 * continuous extension b_i(θ) = Σ_j r_ij·θ^j (j = 1..4), in the 16-digit form in which the pair is distributed
 * (as in Julia's OrdinaryDiffEq {@code Tsit5}). Seven stages, FSAL (b = a_7·, b_7 = 0), nodes
 * c = (0, 0.161, 0.327, 0.9, 0.98002554…, 1, 1).
 *
 * <p>The coefficients are not trusted: {@code RungeKuttaOrderConditionsTest} checks every order condition of
 * the 5th-order solution (the 17 rooted trees up to order 5), of the embedded 4th-order solution (8 trees), the
 * row sums c_i = Σ_j a_ij, and the continuous extension (b_i(1) = b_i and the conditions up to order 4 in θ), in
 * double precision. Compile-time constants (internal to {@link Tsitouras54Integrator}).
 */
final class Tsitouras54Tableau {

  private Tsitouras54Tableau() {}

  static final double C2 = 0.161;
  static final double C3 = 0.327;
  static final double C4 = 0.9;
  static final double C5 = 0.9800255409045097;

  static final double A21 = 0.161;
  static final double A31 = -0.008480655492356989;
  static final double A32 = 0.335480655492357;
  static final double A41 = 2.8971530571054935;
  static final double A42 = -6.359448489975075;
  static final double A43 = 4.3622954328695815;
  static final double A51 = 5.325864828439257;
  static final double A52 = -11.748883564062828;
  static final double A53 = 7.4955393428898365;
  static final double A54 = -0.09249506636175525;
  static final double A61 = 5.86145544294642;
  static final double A62 = -12.92096931784711;
  static final double A63 = 8.159367898576159;
  static final double A64 = -0.071584973281401;
  static final double A65 = -0.028269050394068383;
  // 5th-order weights b_i (= a_7i, FSAL; b_7 = 0)
  static final double A71 = 0.09646076681806523;
  static final double A72 = 0.01;
  static final double A73 = 0.4798896504144996;
  static final double A74 = 1.379008574103742;
  static final double A75 = -3.290069515436081;
  static final double A76 = 2.324710524099774;

  // Error coefficients e_i = b_i − b̂_i.
  static final double E1 = -0.00178001105222577714;
  static final double E2 = -0.0008164344596567469;
  static final double E3 = 0.007880878010261995;
  static final double E4 = -0.1447110071732629;
  static final double E5 = 0.5823571654525552;
  static final double E6 = -0.45808210592918697;
  static final double E7 = 0.015151515151515152;

  // Continuous extension b_i(θ) = R_i1·θ + R_i2·θ² + R_i3·θ³ + R_i4·θ⁴ (R_i1 = 0 for i > 1).
  static final double R11 = 1.0;
  static final double R12 = -2.763706197274826;
  static final double R13 = 2.9132554618219126;
  static final double R14 = -1.0530884977290216;
  static final double R22 = 0.13169999999999998;
  static final double R23 = -0.2234;
  static final double R24 = 0.1017;
  static final double R32 = 3.9302962368947516;
  static final double R33 = -5.941033872131505;
  static final double R34 = 2.490627285651253;
  static final double R42 = -12.411077166933676;
  static final double R43 = 30.33818863028232;
  static final double R44 = -16.548102889244902;
  static final double R52 = 37.50931341651104;
  static final double R53 = -88.1789048947664;
  static final double R54 = 47.37952196281928;
  static final double R62 = -27.896526289197286;
  static final double R63 = 65.09189467479366;
  static final double R64 = -34.87065786149661;
  static final double R72 = 1.5;
  static final double R73 = -4.0;
  static final double R74 = 2.5;
}
