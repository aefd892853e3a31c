package org.escalon.core.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.escalon.core.output.ImwgResponse;
import org.escalon.core.output.PatientResult;
import org.escalon.core.pd.AdverseEvent;

/**
 * A summary a target can name. Population metrics are rates over the virtual patients: each patient contributes
 * an indicator (1 or 0) and the metric is their mean, with Monte Carlo SE {@code sqrt(p(1 − p)/n)}. Typical
 * metrics are computed on the typical patient (every η = 0, age 67, latent uniforms 0.5) in cycle 1, without
 * Monte Carlo error. Immutable.
 *
 * <table>
 *   <caption>Metric names</caption>
 *   <tr><td>{@code orr}, {@code cbr}, {@code vgpr_or_better}</td><td>best confirmed IMWG response ≥ PR, ≥ MR,
 *       VGPR</td></tr>
 *   <tr><td>{@code neutropenia_any}, {@code neutropenia_g3plus}, {@code neutropenia_g4}</td><td>worst
 *       neutropenia grade over the treatment ≥ 1, ≥ 3, 4</td></tr>
 *   <tr><td>{@code dlt_cycle1}</td><td>cycle-1 dose-limiting toxicity (any reason)</td></tr>
 *   <tr><td>{@code ae.<event>.any_grade}, {@code ae.<event>.grade3plus}</td><td>any-grade or grade ≥ 3 rate of an
 *       {@link AdverseEvent} ({@code ae.anaemia.any_grade})</td></tr>
 *   <tr><td>{@code anc_nadir_typical}</td><td>lowest end-of-day ANC (10⁹/L) of the typical patient in cycle
 *       1</td></tr>
 *   <tr><td>{@code nadir_day_typical}</td><td>its study day (1-based)</td></tr>
 * </table>
 */
public final class Metric {

  /** How a patient's value is read. */
  private interface Reader {
    double read(PatientResult r);
  }

  private static final List<Metric> POPULATION;
  private static final Metric ANC_NADIR_TYPICAL = new Metric("anc_nadir_typical", -1, null);
  private static final Metric NADIR_DAY_TYPICAL = new Metric("nadir_day_typical", -1, null);

  static {
    List<Metric> m = new ArrayList<>();
    add(m, "orr", r -> r.bestResponse().isObjectiveResponse());
    add(m, "cbr", r -> r.bestResponse().isClinicalBenefit());
    add(m, "vgpr_or_better", r -> r.bestResponse() == ImwgResponse.VGPR);
    add(m, "neutropenia_any", r -> r.grade(AdverseEvent.NEUTROPENIA) >= 1);
    add(m, "neutropenia_g3plus", r -> r.grade(AdverseEvent.NEUTROPENIA) >= 3);
    add(m, "neutropenia_g4", r -> r.grade(AdverseEvent.NEUTROPENIA) >= 4);
    add(m, "dlt_cycle1", PatientResult::dlt);
    for (AdverseEvent e : AdverseEvent.values()) {
      add(m, "ae." + e.key() + ".any_grade", r -> r.grade(e) >= 1);
      add(m, "ae." + e.key() + ".grade3plus", r -> r.grade(e) >= 3);
    }
    POPULATION = Collections.unmodifiableList(m);
  }

  private interface Indicator {
    boolean test(PatientResult r);
  }

  private static void add(List<Metric> list, String name, Indicator ind) {
    list.add(new Metric(name, list.size(), r -> ind.test(r) ? 1.0 : 0.0));
  }

  private final String name;
  private final int index;
  private final Reader reader;

  private Metric(String name, int index, Reader reader) {
    this.name = name;
    this.index = index;
    this.reader = reader;
  }

  /**
   * Every population metric, in index order.
   *
   * @return every population metric, in index order
   */
  public static List<Metric> population() {
    return POPULATION;
  }

  /**
   * Every metric name, population metrics first.
   *
   * @return every metric name, population metrics first
   */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (Metric m : POPULATION) {
      out.add(m.name);
    }
    out.add(ANC_NADIR_TYPICAL.name);
    out.add(NADIR_DAY_TYPICAL.name);
    return out;
  }

  /**
   * The metric named {@code name} (case-insensitive).
   *
   * @param name the metric's name as written in a calibration file, e.g. {@code orr}
   * @return the metric named {@code name} (case-insensitive)
   * @throws IllegalArgumentException {@code metric = name: must be one of …}
   */
  public static Metric of(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (Metric m : POPULATION) {
      if (m.name.equals(key)) {
        return m;
      }
    }
    if (key.equals(ANC_NADIR_TYPICAL.name)) {
      return ANC_NADIR_TYPICAL;
    }
    if (key.equals(NADIR_DAY_TYPICAL.name)) {
      return NADIR_DAY_TYPICAL;
    }
    throw new IllegalArgumentException("metric = " + name + ": must be one of " + String.join(", ", names()));
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether the metric is computed on the typical patient (no Monte Carlo error).
   *
   * @return whether the metric is computed on the typical patient (no Monte Carlo error)
   */
  public boolean isTypical() {
    return reader == null;
  }

  /**
   * Whether the metric is a proportion in [0, 1] (every population metric is).
   *
   * @return whether the metric is a proportion in [0, 1] (every population metric is)
   */
  public boolean isProportion() {
    return reader != null;
  }

  /** Index among {@link #population()} (population metrics only). */
  int index() {
    return index;
  }

  /** The patient's value: 1 or 0 (population metrics only). */
  double read(PatientResult r) {
    return reader.read(r);
  }

  /**
   * The typical metric of the typical patient's cycle-1 daily ANC: its minimum or the (1-based) day of it.
   *
   * @param cycleLengthDays days of cycle 1
   */
  double readTypical(PatientResult r, int cycleLengthDays) {
    double[] anc = r.ancDaily();
    int days = Math.min(cycleLengthDays, anc.length);
    double min = Double.POSITIVE_INFINITY;
    int day = 0;
    for (int i = 0; i < days; i++) {
      if (anc[i] < min) {
        min = anc[i];
        day = i + 1;
      }
    }
    return this == ANC_NADIR_TYPICAL ? min : day;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Metric && ((Metric) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
