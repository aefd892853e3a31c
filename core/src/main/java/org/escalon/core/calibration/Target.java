package org.escalon.core.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.escalon.core.regimen.Regimen;

/**
 * A summary target: a {@link Quantity} (a metric on one regimen, or pooled over several), or the ratio of two,
 * with the value to reach and its standard error. Immutable; validated on construction.
 *
 * <p>A binomial proportion observed in {@code n} patients has {@code SE = sqrt(v(1 − v)/n)}
 * ({@link #proportion(String, String, double, int)}). A pooled quantity is the mean of the metric over its
 * regimens with equal numbers of patients, e.g. docs/model.md §5's neutropenia pooled over 37.5, 50, 62.5, 75 and
 * 100 µg.
 *
 * @param numerator the quantity (the numerator of a ratio)
 * @param denominator the denominator of a ratio, or {@code null}
 * @param value the target value
 * @param se its standard error, finite and &gt; 0
 */
public record Target(Quantity numerator, Quantity denominator, double value, double se) {

  /**
   * A metric on regimens with equal numbers of patients (one regimen: no pooling).
   *
   * @param regimens one to 20 regimens
   * @param metric the metric
   */
  public record Quantity(List<Regimen> regimens, Metric metric) {
    /**
     * Requires the metric and 1 to 20 regimens, and copies the list.
     *
     * @param metric the metric
     * @param regimens one to 20 regimens
     */
    public Quantity {
      Objects.requireNonNull(metric, "metric");
      regimens = List.copyOf(Objects.requireNonNull(regimens, "regimens"));
      if (regimens.isEmpty() || regimens.size() > 20) {
        throw new IllegalArgumentException("regimens = " + regimens.size() + " regimens: must be 1 to 20");
      }
    }

    /**
     * Parses each regimen text ({@code "100 ug QD d1-14 x6 + dex 40 mg"}) and the metric name.
     *
     * @param regimenTexts the regimens the quantity pools, in their text form
     * @param metric the metric
     * @return the quantity
     */
    public static Quantity of(List<String> regimenTexts, String metric) {
      Objects.requireNonNull(regimenTexts, "regimens");
      List<Regimen> rs = new ArrayList<>();
      for (String t : regimenTexts) {
        rs.add(regimen(t));
      }
      return new Quantity(rs, Metric.of(metric));
    }

    /**
     * Regimen texts joined by {@code " | "}.
     *
     * @return regimen texts joined by {@code " | "}
     */
    public String regimenLabel() {
      List<String> t = new ArrayList<>();
      for (Regimen r : regimens) {
        t.add(r.text());
      }
      return String.join(" | ", t);
    }
  }

  /**
   * Validates the components: a finite value (&gt; 0 for a ratio) and a finite standard error &gt; 0.
   *
   * @param numerator the quantity (the numerator of a ratio)
   * @param denominator the denominator of a ratio, or {@code null}
   * @param value the target value
   * @param se its standard error, finite and &gt; 0
   */
  public Target {
    Objects.requireNonNull(numerator, "numerator");
    if (!(se > 0) || Double.isInfinite(se)) {
      throw new IllegalArgumentException("se = " + se + ": must be finite and > 0");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value = " + value + ": must be finite");
    }
    if (denominator != null) {
      if (!(value > 0)) {
        throw new IllegalArgumentException("value = " + value + ": must be > 0 for a ratio");
      }
    } else {
      checkValue(numerator, value);
    }
  }

  private static void checkValue(Quantity q, double value) {
    String m = q.metric().name();
    if (q.metric().isProportion() && !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("value = " + value + ": must be in [0, 1] for the proportion " + m);
    }
    if (m.equals("anc_nadir_typical") && !(value > 0)) {
      throw new IllegalArgumentException("value = " + value + ": must be > 0 (ANC, 10^9/L)");
    }
    int days = q.regimens().get(0).cycleLengthDays();
    if (m.equals("nadir_day_typical") && !(value >= 1 && value <= days)) {
      throw new IllegalArgumentException("value = " + value + ": must be a day in [1, " + days + "]");
    }
  }

  /**
   * A target with its standard error.
   *
   * @param regimen the regimen in its text form, e.g. {@code "100 ug QD d1-14 + dex 40 mg"}
   * @param metric the metric
   * @param value the target value
   * @param se its standard error, finite and &gt; 0
   * @return a target with its standard error
   */
  public static Target of(String regimen, String metric, double value, double se) {
    return new Target(Quantity.of(List.of(regimen), metric), null, value, se);
  }

  /**
   * A proportion observed in {@code n} patients, {@code SE = sqrt(v(1 − v)/n)}.
   *
   * @param regimen the regimen in its text form
   * @param metric the metric
   * @param value the target value
   * @param n the number of patients behind the observed proportion (its binomial standard error)
   * @return a proportion observed in {@code n} patients, {@code SE = sqrt(v(1 − v)/n)}
   * @throws IllegalArgumentException for a metric that is not a proportion, {@code n < 1} or a value outside
   * (0, 1)
   */
  public static Target proportion(String regimen, String metric, double value, int n) {
    return proportion(Quantity.of(List.of(regimen), metric), value, n);
  }

  /**
   * As {@link #proportion(String, String, double, int)} for any quantity (pooled regimens).
   *
   * @param q the quantity
   * @param value the target value
   * @param n the number of patients behind the observed proportion
   * @return the target, with the binomial standard error of the proportion
   */
  public static Target proportion(Quantity q, double value, int n) {
    Objects.requireNonNull(q, "quantity");
    if (!q.metric().isProportion()) {
      throw new IllegalArgumentException("n = " + n + ": not allowed for " + q.metric().name()
          + ", which is not a proportion; give se instead");
    }
    if (n < 1) {
      throw new IllegalArgumentException("n = " + n + ": must be a whole number >= 1");
    }
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("value = " + value + ": must be in (0, 1) for a proportion with n");
    }
    return new Target(q, null, value, Math.sqrt(value * (1 - value) / n));
  }

  /**
   * A metric pooled over regimens with equal numbers of patients.
   *
   * @param regimens one to 20 regimens
   * @param metric the metric
   * @param value the target value
   * @param se its standard error, finite and &gt; 0
   * @return a metric pooled over regimens with equal numbers of patients
   */
  public static Target pooled(List<String> regimens, String metric, double value, double se) {
    return new Target(Quantity.of(regimens, metric), null, value, se);
  }

  /**
   * The ratio {@code metric(numerator regimen) / metric(denominator regimen)}.
   *
   * @param numerator the quantity (the numerator of a ratio)
   * @param denominator the denominator of a ratio, or {@code null}
   * @param value the target value
   * @param se its standard error, finite and &gt; 0
   * @return the ratio {@code metric(numerator regimen) / metric(denominator regimen)}
   */
  public static Target ratio(Quantity numerator, Quantity denominator, double value, double se) {
    return new Target(numerator, Objects.requireNonNull(denominator, "denominator"), value, se);
  }

  /**
   * Whether this is a ratio.
   *
   * @return whether this is a ratio
   */
  public boolean isRatio() {
    return denominator != null;
  }

  /**
   * Regimen label: {@code "A"}, pooled {@code "A | B"}, ratio {@code "A / B"}.
   *
   * @return regimen label: {@code "A"}, pooled {@code "A | B"}, ratio {@code "A / B"}
   */
  public String regimenLabel() {
    return denominator == null ? numerator.regimenLabel()
        : numerator.regimenLabel() + " / " + denominator.regimenLabel();
  }

  /**
   * Metric label: {@code "orr"}, ratio {@code "dlt_cycle1 / dlt_cycle1"}.
   *
   * @return metric label: {@code "orr"}, ratio {@code "dlt_cycle1 / dlt_cycle1"}
   */
  public String metricLabel() {
    return denominator == null ? numerator.metric().name()
        : numerator.metric().name() + " / " + denominator.metric().name();
  }

  private static Regimen regimen(String text) {
    try {
      return Regimen.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("regimen = " + text + ": must be a regimen such as "
          + "'100 ug QD d1-14 x6 + dex 40 mg' (" + e.getMessage() + ")");
    }
  }
}
