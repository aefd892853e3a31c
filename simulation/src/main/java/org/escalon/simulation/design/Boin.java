package org.escalon.simulation.design;

/**
 * The Bayesian optimal interval (BOIN) design with the semantics of R {@code BOIN} 2.7.2 ({@code get.boundary},
 * {@code get.oc}, {@code select.mtd}).
 *
 * <p>Liu S, Yuan Y (2015) Bayesian optimal interval designs for phase I clinical trials. J R Stat Soc C 64:507–523,
 * doi:10.1111/rssc.12089.
 *
 * <pre>
 *   φ1 = 0.6 φ, φ2 = 1.4 φ  (defaults)
 *   λe = log[(1 − φ1)/(1 − φ)] / log[φ(1 − φ1) / (φ1(1 − φ))]
 *   λd = log[(1 − φ)/(1 − φ2)] / log[φ2(1 − φ) / (φ(1 − φ2))]
 *   escalate     if y ≤ floor(λe·n)
 *   de-escalate  if y &gt; λd·n, i.e. y ≥ ceil(λd·n), or λd·n + 1 when λd·n is an integer (within 1e−12),
 *                capped at the elimination count
 *   eliminate    if n ≥ 3 and Pr(p &gt; φ | y, n) &gt; cutoffEli under Beta(1, 1)
 *   otherwise stay
 * </pre>
 * For φ = 0.3: λe = 0.2364907, λd = 0.3585195. The trial flow (last cohort, elimination, extrasafe, nEarlyStop,
 * titration) is {@link IntervalDesign}'s; the MTD is chosen by isotonic regression, with the optional
 * {@code boundMtd} rule (only doses whose isotonic estimate is ≤ λd are eligible).
 *
 * <p>Immutable; build with {@link #builder(double, int)}.
 */
public final class Boin extends IntervalDesign {

  private static final double INTEGER_TOLERANCE = 1e-12;

  private final double phi1;
  private final double phi2;
  private final double lambdaE;
  private final double lambdaD;
  private final boolean boundMtd;

  private Boin(Builder b, double phi1, double phi2, double lambdaE, double lambdaD) {
    super(
        b,
        (n, y) -> {
          if (y >= deescalationCount(lambdaD, n)) {
            return Decision.D;
          }
          if (y <= escalationCount(lambdaE, n)) {
            return Decision.E;
          }
          return Decision.S;
        },
        b.boundMtd ? lambdaD : Double.NaN);
    this.phi1 = phi1;
    this.phi2 = phi2;
    this.lambdaE = lambdaE;
    this.lambdaD = lambdaD;
    this.boundMtd = b.boundMtd;
  }

  /**
   * A builder for target φ and K doses.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @return a builder for target φ and K doses
   */
  public static Builder builder(double target, int doseCount) {
    return new Builder(target, doseCount);
  }

  /**
   * λe for the given φ and φ1 (see the class comment).
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param phi1 φ1, the highest DLT probability deemed underdosing (R {@code p.saf}; default 0.6 × target)
   * @return λe for the given φ and φ1 (see the class comment)
   */
  public static double lambdaE(double target, double phi1) {
    return Math.log((1 - phi1) / (1 - target)) / Math.log(target * (1 - phi1) / (phi1 * (1 - target)));
  }

  /**
   * λd for the given φ and φ2 (see the class comment).
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param phi2 φ2, the lowest DLT probability deemed overdosing (R {@code p.tox}; default 1.4 × target)
   * @return λd for the given φ and φ2 (see the class comment)
   */
  public static double lambdaD(double target, double phi2) {
    return Math.log((1 - target) / (1 - phi2)) / Math.log(phi2 * (1 - target) / (target * (1 - phi2)));
  }

  /** floor(λe·n), treating a product within 1e−12 of an integer as that integer. */
  static int escalationCount(double lambdaE, int n) {
    double x = lambdaE * n;
    double r = Math.rint(x);
    return (int) (Math.abs(x - r) < INTEGER_TOLERANCE ? r : Math.floor(x));
  }

  /** The smallest y strictly above λd·n (R 2.7.2: floor(λd·n) + 1, integers within 1e−12 count as integers). */
  static int deescalationCount(double lambdaD, int n) {
    double x = lambdaD * n;
    double r = Math.rint(x);
    return (int) (Math.abs(x - r) < INTEGER_TOLERANCE ? r + 1 : Math.ceil(x));
  }

  /**
   * φ1, the highest DLT probability deemed underdosing.
   *
   * @return φ1, the highest DLT probability deemed underdosing
   */
  public double phi1() {
    return phi1;
  }

  /**
   * φ2, the lowest DLT probability deemed overdosing.
   *
   * @return φ2, the lowest DLT probability deemed overdosing
   */
  public double phi2() {
    return phi2;
  }

  /**
   * The escalation boundary λe.
   *
   * @return the escalation boundary λe
   */
  public double lambdaE() {
    return lambdaE;
  }

  /**
   * The de-escalation boundary λd.
   *
   * @return the de-escalation boundary λd
   */
  public double lambdaD() {
    return lambdaD;
  }

  /**
   * Whether the boundMtd rule is on.
   *
   * @return whether the boundMtd rule is on
   */
  public boolean boundMtd() {
    return boundMtd;
  }

  @Override
  public String name() {
    return "BOIN(" + optionsText() + phiText() + (boundMtd ? ", boundMtd" : "") + ")";
  }

  /** {@code ", phi1=…, phi2=…"} for the values that differ from R's defaults 0.6 φ and 1.4 φ, else empty. */
  String phiText() {
    return (Math.abs(phi1 - 0.6 * target()) > 1e-12 ? ", phi1=" + phi1 : "")
        + (Math.abs(phi2 - 1.4 * target()) > 1e-12 ? ", phi2=" + phi2 : "");
  }

  /** Builder for {@link Boin}; defaults follow R BOIN 2.7.2. */
  public static final class Builder extends IntervalDesign.Builder<Builder> {
    private double phi1;
    private double phi2;
    private boolean boundMtd;

    Builder(double target, int doseCount) {
      super(target, doseCount);
      this.phi1 = 0.6 * target;
      this.phi2 = 1.4 * target;
    }

    /**
     * φ1 (default 0.6 φ); must satisfy 0 &lt; φ1 and φ − φ1 ≥ 0.1 φ (NaN is rejected, not defaulted).
     *
     * @param p φ1 (default 0.6 φ); must satisfy 0 &lt; φ1 and φ − φ1 ≥ 0.1 φ (NaN is rejected, not defaulted)
     * @return this builder
     */
    public Builder phi1(double p) {
      this.phi1 = checkPhi1(target, p);
      return this;
    }

    /**
     * φ2 (default 1.4 φ); must satisfy φ2 &lt; 1 and φ2 − φ ≥ 0.1 φ (NaN is rejected, not defaulted).
     *
     * @param p φ2 (default 1.4 φ); must satisfy φ2 &lt; 1 and φ2 − φ ≥ 0.1 φ (NaN is rejected, not defaulted)
     * @return this builder
     */
    public Builder phi2(double p) {
      this.phi2 = checkPhi2(target, p);
      return this;
    }

    /**
     * Only doses whose isotonic estimate is ≤ λd may be selected as MTD (default off).
     *
     * @param on {@code true}: only doses whose isotonic estimate is ≤ λd may be selected as MTD (default off)
     * @return this builder
     */
    public Builder boundMtd(boolean on) {
      this.boundMtd = on;
      return this;
    }

    /** Validates every option and builds the design (computing its decision table once). */
    @Override
    public Boin build() {
      validateCommon();
      return new Boin(this, phi1, phi2, lambdaE(target, phi1), lambdaD(target, phi2));
    }

    // R: (target - p.saf) < 0.1 * target is an error; allow for the rounding of 0.6*target and 1.4*target
    private static double checkPhi1(double target, double p1) {
      if (!(p1 > 0) || !(target - p1 >= 0.1 * target - 1e-12)) {
        throw new IllegalArgumentException(
            "phi1 = " + p1 + ": must be > 0 and at most 0.9 x target (" + 0.9 * target + ")");
      }
      return p1;
    }

    private static double checkPhi2(double target, double p2) {
      if (!(p2 < 1) || !(p2 - target >= 0.1 * target - 1e-12)) {
        throw new IllegalArgumentException(
            "phi2 = " + p2 + ": must be < 1 and at least 1.1 x target (" + 1.1 * target + ")");
      }
      return p2;
    }
  }
}
