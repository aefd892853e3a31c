package org.escalon.simulation.design.crm;

/**
 * The two one-parameter dose–toxicity models of R {@code dfcrm} (Cheung 2011), as functions of the model
 * parameter β and the dose labels ("scaled doses") x_j derived from the skeleton s_j:
 *
 * <pre>
 *   EMPIRIC  (power):    x_j = s_j,                      p_j(β) = x_j ^ exp(β)
 *   LOGISTIC (intcpt a): x_j = log(s_j / (1 − s_j)) − a,  p_j(β) = 1 / (1 + exp(−a − exp(β)·x_j))
 * </pre>
 * With β = 0 both reproduce the skeleton. The logistic labels must all be negative (dfcrm stops with "scaled doses
 * &gt; 0" otherwise): a skeleton value at or above logit⁻¹(a) (0.9526 for a = 3) is refused. In both models p_j
 * falls as β rises, so Pr(p_j &gt; t) = Pr(β &lt; β*_j) with β*_j from {@link #betaAtProbability}.
 *
 * <p>Stateless; the hot-path evaluations take labels and β and allocate nothing.
 */
public enum CrmModel {
  /** The empiric (power) model p = skeleton^exp(β) ({@code dfcrm model = "empiric"}). */
  EMPIRIC("empiric"),
  /** The one-parameter logistic model p = logit⁻¹(a + exp(β)·x) ({@code dfcrm model = "logistic"}). */
  LOGISTIC("logistic");

  private final String key;

  CrmModel(String key) {
    this.key = key;
  }

  /**
   * The dfcrm name: {@code empiric} or {@code logistic}.
   *
   * @return the dfcrm name: {@code empiric} or {@code logistic}
   */
  public String key() {
    return key;
  }

  /**
   * The model by its dfcrm name (case-insensitive).
   *
   * @param name {@code empiric} or {@code logistic}, case-insensitive
   * @return the model by its dfcrm name (case-insensitive)
   * @throws IllegalArgumentException {@code model = '...': must be empiric or logistic}
   */
  public static CrmModel parse(String name) {
    String n = name == null ? "" : name.trim();
    for (CrmModel m : values()) {
      if (m.key.equalsIgnoreCase(n)) {
        return m;
      }
    }
    throw new IllegalArgumentException("model = '" + name + "': must be empiric or logistic");
  }

  /**
   * The dose labels x_j of a skeleton ({@code dfcrm}'s {@code dosescaled}); validates the skeleton: each value in
   * (0, 1), and for the logistic model below logit⁻¹(intercept).
   *
   * @param skeleton prior DLT probabilities per dose (not modified)
   * @param intercept the logistic intercept a (ignored by the empiric model)
   * @return the dose labels x_j of a skeleton ({@code dfcrm}'s {@code dosescaled}); validates the skeleton: each value
   *     in (0, 1), and for the logistic model below logit⁻¹(intercept)
   */
  public double[] doseLabels(double[] skeleton, double intercept) {
    if (skeleton == null || skeleton.length == 0) {
      throw new IllegalArgumentException("skeleton must have at least one dose");
    }
    double[] x = new double[skeleton.length];
    for (int j = 0; j < skeleton.length; j++) {
      double s = skeleton[j];
      if (!(s > 0 && s < 1)) {
        throw new IllegalArgumentException("skeleton[" + (j + 1) + "] = " + s + ": must be in (0, 1)");
      }
      if (this == EMPIRIC) {
        x[j] = s;
      } else {
        x[j] = Math.log(s / (1 - s)) - intercept;
        if (!(x[j] < 0)) {
          throw new IllegalArgumentException("skeleton[" + (j + 1) + "] = " + s + ": must be below "
              + 1 / (1 + Math.exp(-intercept)) + " (logit^-1 of the intercept " + intercept
              + ") for the logistic model (dfcrm: scaled doses must be < 0)");
        }
      }
    }
    return x;
  }

  /**
   * p(β) at dose label {@code x}.
   *
   * @param x the dose label x (the skeleton transformed by the model's inverse)
   * @param beta the model parameter β
   * @param intercept the logistic intercept a (ignored by the empiric model)
   * @return p(β) at dose label {@code x}
   */
  public double probability(double x, double beta, double intercept) {
    double u = Math.exp(beta);
    if (this == EMPIRIC) {
      return Math.pow(x, u);
    }
    return 1 / (1 + Math.exp(-intercept - u * x));
  }

  /**
   * The β at which the dose with label {@code x} has DLT probability {@code p} (p falls as β rises, so p(β) &gt; p
   * exactly when β is below it); {@code -Infinity} when no β gives a probability above {@code p}.
   *
   * @param x the dose label x
   * @param p the DLT probability, in (0, 1)
   * @param intercept the logistic intercept a (ignored by the empiric model)
   * @return the β at which the dose with label {@code x} has DLT probability {@code p} (p falls as β rises, so p(β)
   *     &gt; p exactly when β is below it); {@code -Infinity} when no β gives a probability above {@code p}
   */
  public double betaAtProbability(double x, double p, double intercept) {
    if (this == EMPIRIC) {
      return Math.log(Math.log(p) / Math.log(x));
    }
    double r = (Math.log(p / (1 - p)) - intercept) / x;
    return r > 0 ? Math.log(r) : Double.NEGATIVE_INFINITY;
  }
}
