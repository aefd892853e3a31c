package org.escalon.core.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.escalon.core.population.PopulationModel;

/**
 * The outcome of a calibration. Immutable (arrays copied out).
 *
 * @param parameters the fitted quantities, in the problem's order
 * @param values fitted values (external scale)
 * @param standardErrors approximate SE of each value (delta method from the curvature), NaN when not computed
 *     (at a bound, not identified, or standard errors off)
 * @param correlation correlation matrix of the estimates (NaN where not computed)
 * @param best the objective and target table at the fitted values (full population)
 * @param trace every objective evaluation
 * @param warnings what the user should know (parameters at a bound, not identified, poorly identified, …)
 * @param fitted the population model with the fitted values
 */
public record CalibrationResult(List<FitParameter> parameters, double[] values, double[] standardErrors,
    double[][] correlation, Evaluation best, List<TraceEntry> trace, List<String> warnings,
    PopulationModel fitted) {

  /**
   * Copies the lists and arrays, so that the result is immutable.
   *
   * @param parameters the fitted quantities, in the problem's order
   * @param values fitted values (external scale)
   * @param standardErrors approximate SE of each value (delta method from the curvature), NaN when not computed (at a
   *     bound, not identified, or standard errors off)
   * @param correlation correlation matrix of the estimates (NaN where not computed)
   * @param best the objective and target table at the fitted values (full population)
   * @param trace every objective evaluation
   * @param warnings what the user should know (parameters at a bound, not identified, poorly identified, …)
   * @param fitted the population model with the fitted values
   */
  public CalibrationResult {
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    values = values.clone();
    standardErrors = standardErrors.clone();
    correlation = copy(correlation);
    Objects.requireNonNull(best, "best");
    trace = List.copyOf(trace);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(fitted, "fitted");
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /**
   * Fitted values (external scale).
   *
   * @return fitted values (external scale)
   */
  @Override
  public double[] values() {
    return values.clone();
  }

  /**
   * Approximate SE of each value (delta method from the curvature), NaN when not computed (at a bound, not identified,
   * or standard errors off).
   *
   * @return approximate SE of each value (delta method from the curvature), NaN when not computed (at a bound, not
   *     identified, or standard errors off)
   */
  @Override
  public double[] standardErrors() {
    return standardErrors.clone();
  }

  /**
   * Correlation matrix of the estimates (NaN where not computed).
   *
   * @return correlation matrix of the estimates (NaN where not computed)
   */
  @Override
  public double[][] correlation() {
    return copy(correlation);
  }

  /**
   * Fitted values by name ({@code DC50_T}, {@code omega.CL}), in the problem's order.
   *
   * @return fitted values by name ({@code DC50_T}, {@code omega.CL}), in the problem's order
   */
  public Map<String, Double> valuesByName() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(parameters.get(i).name(), values[i]);
    }
    return m;
  }

  /**
   * Standard errors by name (NaN when not computed).
   *
   * @return standard errors by name (NaN when not computed)
   */
  public Map<String, Double> standardErrorsByName() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(parameters.get(i).name(), standardErrors[i]);
    }
    return m;
  }

  /**
   * The objective at the fit.
   *
   * @return the objective at the fit
   */
  public double objective() {
    return best.objective();
  }

  /**
   * Number of objective evaluations.
   *
   * @return number of objective evaluations
   */
  public int evaluations() {
    return trace.size();
  }
}
