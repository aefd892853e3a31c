package org.escalon.examples.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.core.population.AgeDistribution;
import org.escalon.core.population.Omega;
import org.escalon.core.population.PopulationModel;
import org.escalon.examples.input.ModelParameterNames;
import org.escalon.examples.sweep.ScenarioSpec;

/**
 * The starting model of a calibration file: the {@code model:} block of scenario files ({@code typical} values
 * and {@code omega} by parameter name on top of docs/model.md's defaults; {@code neutrophil_effect}, any
 * {@link MyelosuppressionEffect} written in lower case with '-' for '_').
 */
final class ModelBlock {
  private ModelBlock() {}

  static ModelOptions options(Checks c, ScenarioSpec.ModelSpec m) {
    String v = m == null ? null : m.neutrophilEffect();
    if (v == null) {
      return ModelOptions.DEFAULT;
    }
    List<String> names = new ArrayList<>();
    for (MyelosuppressionEffect e : MyelosuppressionEffect.values()) {
      String key = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
      if (key.equals(v)) {
        return ModelOptions.DEFAULT.withNeutrophilEffect(e);
      }
      names.add(key);
    }
    throw c.bad("model.neutrophil_effect", v, String.join(", ", names));
  }

  static PopulationModel population(Checks c, ScenarioSpec.ModelSpec m) {
    ModelParameters theta = ModelParameters.defaults();
    Map<Param, Double> omegas = new LinkedHashMap<>();
    for (Param p : Param.withDefaultVariability()) {
      omegas.put(p, p.definition().defaultOmega());
    }
    if (m != null && m.typical() != null) {
      for (Map.Entry<String, Double> e : m.typical().entrySet()) {
        String path = "model.typical." + e.getKey();
        Param p = param(c, e.getKey(), path);
        if (e.getValue() == null || !p.domain().contains(e.getValue())) {
          throw c.bad(path, e.getValue(), p.allowed());
        }
        theta = theta.with(p, e.getValue());
      }
    }
    if (m != null && m.omega() != null) {
      for (Map.Entry<String, Double> e : m.omega().entrySet()) {
        String path = "model.omega." + e.getKey();
        Param p = param(c, e.getKey(), path);
        Double w = e.getValue();
        if (w == null || !(w >= 0 && w <= 5)) {
          throw c.bad(path, w, "an omega (SD of eta) in [0, 5]; 0 removes the variability");
        }
        omegas.put(p, w);
      }
    }
    return new PopulationModel(theta, Omega.diagonal(omegas), AgeDistribution.DEFAULT);
  }

  private static Param param(Checks c, String name, String path) {
    return ModelParameterNames.param(name, message -> c.at(path, message));
  }
}
