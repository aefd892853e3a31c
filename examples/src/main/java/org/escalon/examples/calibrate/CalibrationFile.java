package org.escalon.examples.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escalon.core.calibration.CalibrationProblem;
import org.escalon.core.calibration.CalibrationSettings;
import org.escalon.core.calibration.FitParameter;
import org.escalon.core.calibration.Scale;
import org.escalon.core.calibration.Target;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.population.PopulationSimulation;
import org.escalon.examples.input.DoseHolds;
import org.escalon.examples.sweep.ScenarioBinding;
import org.escalon.examples.sweep.ScenarioException;

/**
 * A calibration file (YAML or JSON) read strictly, as scenario files are: an unknown field, a wrong type, a missing
 * required field or an impossible value is a {@link ScenarioException} naming the file, the field path
 * ({@code targets[2].value}) and what is allowed. Immutable.
 *
 * <pre>
 * name: refit tumour potency
 * fit:
 *   - {parameter: DC50_T, lower: 5, upper: 200, scale: log}
 *   - {parameter: omega.EMAXN, lower: 0.3, upper: 3, scale: log}      # an omega: omega.&lt;parameter&gt;
 * targets:
 *   - {regimen: "100 ug QD d1-14 x6 + dex 40 mg", metric: orr, value: 0.55, n: 60}
 *   - {regimens: ["37.5 ug QD d1-14 x6 + dex 40 mg", "75 ug QD d1-14 x6 + dex 40 mg"],   # pooled
 *      metric: neutropenia_g3plus, value: 0.33, n: 72}
 *   - {regimen: "100 ug QD d1-21 x1 + dex 40 mg", metric: dlt_cycle1,                     # a ratio
 *      ratio_to: {regimen: "100 ug QD d1-14 x1 + dex 40 mg"}, value: 1.65, se: 0.15}
 * population: {size: 2000, search_size: 500}
 * dose_holds: true
 * model: {typical: {DC50_M: 6}, omega: {CL: 0.4}, neutrophil_effect: proliferation}
 * search: {evaluations: 120, polish_evaluations: 50}
 * seed: 1
 * </pre>
 *
 * @param file the file name used in messages
 * @param spec the file as written
 * @param problem the calibration problem
 * @param settings the run settings (threads from the file or the number of cores)
 */
public record CalibrationFile(String file, CalibrationSpec spec, CalibrationProblem problem,
    CalibrationSettings settings) {

  /**
   * Name to show: the file's {@code name}, else the file name.
   *
   * @return name to show: the file's {@code name}, else the file name
   */
  public String title() {
    return spec.name() != null ? spec.name() : file;
  }

  /**
   * Reads {@code path} (.yaml, .yml or .json).
   *
   * @param path reads {@code path} (.yaml, .yml or .json)
   * @return the calibration file, validated
   */
  public static CalibrationFile read(Path path) {
    return parse(path.toString(), text(path));
  }

  /**
   * The text of {@code path} as {@link #read} reads it (same errors), e.g. for an engine that parses it again.
   *
   * @param path the text of {@code path} as {@link #read} reads it (same errors), e.g
   * @return the text of {@code path} as {@link #read} reads it (same errors), e.g
   */
  public static String text(Path path) {
    String name = path.toString();
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(name + ": no such file");
    } catch (IOException e) {
      throw new ScenarioException(name + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Parses {@code text}; the format follows the extension of {@code fileName}.
   *
   * @param fileName the calibration file's name (selects YAML or JSON; used in messages)
   * @param text the file's text: engines that run elsewhere parse it again there ({@link CalibrationFile#parse})
   * @return the calibration file, validated
   */
  public static CalibrationFile parse(String fileName, String text) {
    ScenarioBinding b = ScenarioBinding.forFile(fileName);
    CalibrationSpec s = b.bind(b.readTree(text), CalibrationSpec.class, "", Map.of());
    Checks c = new Checks(fileName);
    if (s.name() != null && s.name().isBlank()) {
      throw c.bad("name", s.name(), "a non-empty name");
    }
    List<FitParameter> fit = fit(c, s.fit());
    List<Target> targets = targets(c, s.targets());
    CalibrationSpec.PopulationSpec pop = s.population() == null ? new CalibrationSpec.PopulationSpec(null, null)
        : s.population();
    int size = c.integer(pop.size(), 2000, "population.size", 10, 1_000_000);
    int search = c.integer(pop.searchSize(), 0, "population.search_size", 0, size);
    CalibrationSpec.SearchSpec sp = s.search() == null ? new CalibrationSpec.SearchSpec(null, null) : s.search();
    int evals = c.integer(sp.evaluations(), 0, "search.evaluations", 0, 100_000);
    int polish = c.integer(sp.polishEvaluations(), 0, "search.polish_evaluations", 0, 100_000);
    int threads = c.integer(s.threads(), Math.max(1, Runtime.getRuntime().availableProcessors()), "threads", 1,
        1024);
    boolean holds = s.doseHolds() == null || s.doseHolds();
    PopulationSimulation model = new PopulationSimulation(ModelBlock.population(c, s.model()),
        ModelBlock.options(c, s.model()), DoseHolds.settings(holds), PatientSimulator.Solver.FAST,
        OdeTolerances.DEFAULT);
    long seed = s.seed() == null ? 1 : s.seed();
    CalibrationProblem problem = new CalibrationProblem(model, fit, targets, size, seed);
    CalibrationSettings settings = new CalibrationSettings(threads, search, evals, polish,
        s.standardErrors() == null || s.standardErrors());
    return new CalibrationFile(fileName, s, problem, settings);
  }

  private static List<FitParameter> fit(Checks c, List<CalibrationSpec.FitSpec> specs) {
    if (specs == null || specs.isEmpty()) {
      throw c.at("fit", "missing (required); allowed: a list of {parameter, lower, upper, scale}, e.g. "
          + "{parameter: DC50_T, lower: 5, upper: 200, scale: log}");
    }
    if (specs.size() > 20) {
      throw c.bad("fit", specs.size() + " entries", "1 to 20 parameters");
    }
    List<FitParameter> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String p = "fit[" + i + "]";
      CalibrationSpec.FitSpec f = c.required(specs.get(i), p, "a mapping {parameter, lower, upper, scale}");
      c.required(f.parameter(), p + ".parameter", "a model parameter such as DC50_T, or omega.<parameter>");
      double lo = c.required(f.lower(), p + ".lower", "a number");
      double hi = c.required(f.upper(), p + ".upper", "a number");
      Scale scale = c.call(p + ".scale", () -> Scale.byName(f.scale() == null ? "log" : f.scale()));
      FitParameter fp = c.call(p, () -> FitParameter.of(f.parameter(), lo, hi, scale));
      for (FitParameter q : out) {
        if (q.name().equals(fp.name())) {
          throw c.bad(p + ".parameter", f.parameter(), "a parameter not fitted twice");
        }
      }
      out.add(fp);
    }
    return out;
  }

  private static List<Target> targets(Checks c, List<CalibrationSpec.TargetSpec> specs) {
    if (specs == null || specs.isEmpty()) {
      throw c.at("targets", "missing (required); allowed: a list of {regimen, metric, value, se or n}, e.g. "
          + "{regimen: \"100 ug QD d1-14 x6 + dex 40 mg\", metric: orr, value: 0.55, n: 60}");
    }
    if (specs.size() > 200) {
      throw c.bad("targets", specs.size() + " entries", "1 to 200 targets");
    }
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      out.add(target(c, specs.get(i), "targets[" + i + "]"));
    }
    return out;
  }

  private static Target target(Checks c, CalibrationSpec.TargetSpec t, String p) {
    c.required(t, p, "a mapping {regimen, metric, value, se or n}");
    c.required(t.metric(), p + ".metric", "a metric such as orr, dlt_cycle1, ae.anaemia.any_grade");
    Target.Quantity num = quantity(c, t.regimen(), t.regimens(), t.metric(), p);
    double value = c.required(t.value(), p + ".value", "a number");
    if ((t.se() == null) == (t.n() == null)) {
      throw c.at(p, "give exactly one of se (standard error) and n (patients, for a proportion)");
    }
    if (t.ratioTo() == null) {
      return t.n() != null ? c.call(p, () -> Target.proportion(num, value, t.n()))
          : c.call(p, () -> new Target(num, null, value, t.se()));
    }
    if (t.n() != null) {
      throw c.bad(p + ".n", t.n(), "no n for a ratio; give se");
    }
    CalibrationSpec.RatioSpec r = t.ratioTo();
    Target.Quantity den = quantity(c, r.regimen(), r.regimens(), r.metric() == null ? t.metric() : r.metric(),
        p + ".ratio_to");
    return c.call(p, () -> Target.ratio(num, den, value, t.se()));
  }

  private static Target.Quantity quantity(Checks c, String regimen, List<String> regimens, String metric,
      String p) {
    if ((regimen == null) == (regimens == null)) {
      throw c.at(p, "give exactly one of regimen (one regimen) and regimens (pooled, a list)");
    }
    List<String> texts = regimen != null ? List.of(regimen) : regimens;
    if (texts.isEmpty() || texts.size() > 20 || texts.stream().anyMatch(java.util.Objects::isNull)) {
      throw c.bad(p + ".regimens", texts, "a list of 1 to 20 regimens such as \"100 ug QD d1-14 x6 + dex 40 mg\"");
    }
    return c.call(p, () -> {
      try {
        return Target.Quantity.of(texts, metric);
      } catch (IllegalArgumentException e) {
        String field = e.getMessage().startsWith("metric") ? ".metric" : regimen != null ? ".regimen" : ".regimens";
        throw new Checks.Located(field, e.getMessage());
      }
    });
  }
}
