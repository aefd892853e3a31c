package org.escalon.examples.calibrate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.core.calibration.FitParameter;
import org.escalon.examples.sweep.ScenarioSpec;

/**
 * {@code model.yaml}: a {@code model:} block ready to paste into a scenario file — the calibration file's own
 * {@code model} overrides with the fitted values on top ({@code typical} and {@code omega} by parameter name, as
 * scenario files read them), values to 6 significant digits.
 */
final class ModelYaml {
  private ModelYaml() {}

  static String render(CalibrationResult r, CalibrationOutputs.RunInfo info) {
    ScenarioSpec.ModelSpec start = info.file().spec().model();
    Map<String, Double> typical = new LinkedHashMap<>();
    Map<String, Double> omega = new LinkedHashMap<>();
    if (start != null && start.typical() != null) {
      start.typical().forEach((k, v) -> typical.put(k.toUpperCase(Locale.ROOT), v));
    }
    if (start != null && start.omega() != null) {
      start.omega().forEach((k, v) -> omega.put(k.toUpperCase(Locale.ROOT), v));
    }
    double[] v = r.values();
    for (int i = 0; i < v.length; i++) {
      FitParameter p = r.parameters().get(i);
      (p.kind() == FitParameter.Kind.TYPICAL ? typical : omega).put(p.param().name(), v[i]);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Fitted by escalon calibrate ").append(info.file().file()).append(" (\"")
        .append(info.file().title().replace("\"", "'")).append("\"): objective ")
        .append(g(r.objective())).append(", ").append(r.evaluations()).append(" evaluations, ")
        .append(info.startedAt()).append(".\n# Paste into a scenario file.\nmodel:\n");
    block(sb, "typical", typical);
    block(sb, "omega", omega);
    if (start != null && start.neutrophilEffect() != null) {
      sb.append("  neutrophil_effect: ").append(start.neutrophilEffect()).append('\n');
    }
    return sb.toString();
  }

  private static void block(StringBuilder sb, String name, Map<String, Double> m) {
    if (m.isEmpty()) {
      return;
    }
    sb.append("  ").append(name).append(":\n");
    m.forEach((k, v) -> sb.append("    ").append(k).append(": ").append(g(v)).append('\n'));
  }

  /** 6 significant digits, no exponent for ordinary magnitudes, no trailing zeros. */
  static String g(double v) {
    String s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
