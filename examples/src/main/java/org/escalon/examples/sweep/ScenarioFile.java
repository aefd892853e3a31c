package org.escalon.examples.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.population.AgeDistribution;
import org.escalon.core.population.Omega;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.regimen.DoseModificationRule;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.compare.DesignNames;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.pkpd.VirtualPatientModel;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;

/**
 * A scenario file (YAML or JSON) read strictly: an unknown field, a wrong type, a missing required field or an
 * impossible value is a {@link ScenarioException} naming the file, the field path ({@code levels[2].dose_ug}) and
 * what is allowed. The grid (if any) is expanded into one {@link GridPoint} per combination, first axis slowest.
 * Immutable.
 *
 * @param file the file name used in messages
 * @param spec the file as written
 * @param points the grid points
 */
public record ScenarioFile(String file, ScenarioSpec spec, List<GridPoint> points) {

  /** Grid axes, in the order they vary (first slowest). */
  public static final List<String> GRID_AXES = List.of("doses_ug", "schedules", "dex_mg", "target", "designs",
      "cohort_size", "cohorts", "cycles", "dose_holds");

  /** Largest number of grid points. */
  public static final int MAX_POINTS = 256;

  public ScenarioFile {
    points = List.copyOf(points);
  }

  /** Name to show: the scenario's {@code name}, else the file name. */
  public String title() {
    return spec.name() != null ? spec.name() : file;
  }

  /** Reads {@code path} (.yaml, .yml or .json). */
  public static ScenarioFile read(Path path) {
    String name = path.toString();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(name + ": no such file");
    } catch (IOException e) {
      throw new ScenarioException(name + ": cannot read: " + e.getMessage());
    }
    return parse(name, text);
  }

  /** Reads a classpath resource, e.g. {@code /scenarios/schedule-comparison.yaml}. */
  public static ScenarioFile resource(String resource) {
    try (InputStream in = ScenarioFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ScenarioException(resource + ": no such resource");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ScenarioException(resource + ": cannot read: " + e.getMessage());
    }
  }

  /** Parses {@code text}; the format follows the extension of {@code fileName} (.json is JSON, else YAML). */
  public static ScenarioFile parse(String fileName, String text) {
    boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    if (!json && !fileName.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml$")) {
      throw new ScenarioException(fileName + ": unknown file type; allowed: .yaml, .yml or .json");
    }
    ObjectMapper mapper = mapper(json);
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      var loc = e.getLocation();
      throw new ScenarioException(fileName + ": not valid " + (json ? "JSON" : "YAML")
          + (loc != null ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "") + ": "
          + (msg == null ? "" : msg.replaceAll("\\s*\\R\\s*", " ")));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new ScenarioException(fileName + ": the file is empty; it must be a mapping of scenario fields");
    }
    if (!root.isObject()) {
      throw new ScenarioException(fileName + ": the top level must be a mapping of scenario fields, got "
          + describe(root));
    }
    ObjectNode base = ((ObjectNode) root).deepCopy();
    JsonNode grid = base.remove("grid");
    ScenarioSpec spec = bind(fileName, mapper, root, ScenarioSpec.class, "");
    Resolved baseResolved = new Resolved(fileName, mapper, spec, Map.of());
    List<GridPoint> points = new ArrayList<>();
    if (grid == null || grid.isNull() || (grid.isObject() && grid.isEmpty())) {
      points.add(baseResolved.point(1, "base", Map.of()));
      return new ScenarioFile(fileName, spec, points);
    }
    if (!grid.isObject()) {
      throw ScenarioException.at(fileName, "grid", "expected a mapping of axis: [values], got " + describe(grid)
          + "; axes allowed: " + String.join(", ", GRID_AXES));
    }
    List<String> axes = new ArrayList<>();
    List<ArrayNode> values = new ArrayList<>();
    for (Iterator<String> it = grid.fieldNames(); it.hasNext(); ) {
      String axis = it.next();
      if (!GRID_AXES.contains(axis)) {
        throw ScenarioException.at(fileName, "grid." + axis, "unknown grid axis; allowed: "
            + String.join(", ", GRID_AXES));
      }
      JsonNode v = grid.get(axis);
      if (!v.isArray() || v.isEmpty()) {
        throw ScenarioException.at(fileName, "grid." + axis, "expected a non-empty list of values, got "
            + describe(v));
      }
      axes.add(axis);
      values.add((ArrayNode) v);
    }
    axes.sort((a, b) -> GRID_AXES.indexOf(a) - GRID_AXES.indexOf(b));
    values.clear();
    long count = 1;
    for (String a : axes) {
      values.add((ArrayNode) grid.get(a));
      count *= grid.get(a).size();
    }
    if (count > MAX_POINTS) {
      throw ScenarioException.at(fileName, "grid", count + " grid points; allowed: at most " + MAX_POINTS);
    }
    int[] idx = new int[axes.size()];
    for (int p = 0; p < count; p++) {
      ObjectNode point = base.deepCopy();
      Map<String, Object> shown = new LinkedHashMap<>();
      Map<String, String> origin = new LinkedHashMap<>();
      StringBuilder label = new StringBuilder();
      for (int a = 0; a < axes.size(); a++) {
        String axis = axes.get(a);
        JsonNode v = values.get(a).get(idx[a]);
        boolean listAxis = axis.equals("doses_ug") || axis.equals("schedules") || axis.equals("dex_mg")
            || axis.equals("designs");
        JsonNode put = listAxis && !v.isArray() ? JsonNodeFactory.instance.arrayNode().add(v) : v;
        point.set(axis, put);
        origin.put(axis, "grid." + axis + "[" + idx[a] + "]");
        Object plain = mapper.convertValue(v, Object.class);
        shown.put(axis, plain);
        if (label.length() > 0) {
          label.append(", ");
        }
        label.append(axis).append('=').append(labelOf(v));
      }
      ScenarioSpec ps = bind(fileName, mapper, point, ScenarioSpec.class, "", origin);
      points.add(new Resolved(fileName, mapper, ps, origin).point(p + 1, label.toString(), shown));
      for (int a = axes.size() - 1; a >= 0; a--) {
        if (++idx[a] < values.get(a).size()) {
          break;
        }
        idx[a] = 0;
      }
    }
    return new ScenarioFile(fileName, spec, points);
  }

  private static String labelOf(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        parts.add(e.isTextual() ? e.asText() : e.isObject() && e.has("name") ? e.get("name").asText()
            : e.toString());
      }
      return String.join("/", parts);
    }
    return v.toString();
  }

  static ObjectMapper mapper(boolean json) {
    ObjectMapper m = json ? JsonMapper.builder().build() : YAMLMapper.builder(new YAMLFactory()).build();
    m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    m.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean}) {
      var c = m.coercionConfigFor(t);
      for (CoercionInputShape s : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
          CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString}) {
        boolean same = (t == LogicalType.Textual && s == CoercionInputShape.String)
            || (t == LogicalType.Integer && s == CoercionInputShape.Integer)
            || (t == LogicalType.Float && (s == CoercionInputShape.Float || s == CoercionInputShape.Integer))
            || (t == LogicalType.Boolean && s == CoercionInputShape.Boolean);
        if (!same) {
          c.setCoercion(s, CoercionAction.Fail);
        }
      }
    }
    return m;
  }

  private static <T> T bind(String file, ObjectMapper mapper, JsonNode node, Class<T> type, String prefix) {
    return bind(file, mapper, node, type, prefix, Map.of());
  }

  private static <T> T bind(String file, ObjectMapper mapper, JsonNode node, Class<T> type, String prefix,
      Map<String, String> origin) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      StringBuilder path = new StringBuilder(prefix);
      JsonNode at = node;
      for (JsonMappingException.Reference r : e.getPath()) {
        if (r.getFieldName() != null) {
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(r.getFieldName());
          at = at == null ? null : at.get(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
          at = at == null ? null : at.get(r.getIndex());
        }
      }
      String p = origin(path.toString(), origin);
      if (e instanceof UnrecognizedPropertyException u) {
        String parent = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "";
        throw ScenarioException.at(file, p, "unknown field '" + u.getPropertyName() + "'; allowed"
            + (parent.isEmpty() ? "" : " in " + parent) + ": " + names(u.getKnownPropertyIds()));
      }
      if (e instanceof MismatchedInputException m) {
        throw ScenarioException.at(file, p, "expected " + expected(m.getTargetType()) + ", got "
            + (at == null ? "a value of another type" : describe(at)));
      }
      throw ScenarioException.at(file, p, oneLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw ScenarioException.at(file, prefix, oneLine(e.getOriginalMessage()));
    }
  }

  /** Replaces a leading grid-set field by the grid entry it came from ({@code target} → {@code grid.target[1]}). */
  static String origin(String path, Map<String, String> origin) {
    for (Map.Entry<String, String> e : origin.entrySet()) {
      String k = e.getKey();
      if (path.equals(k) || path.startsWith(k + ".") || path.startsWith(k + "[")) {
        return e.getValue() + " (" + path + ")";
      }
    }
    return path;
  }

  private static String names(Collection<Object> ids) {
    TreeSet<String> s = new TreeSet<>();
    for (Object o : ids) {
      s.add(String.valueOf(o));
    }
    return String.join(", ", s);
  }

  private static String expected(Class<?> t) {
    if (t == null) {
      return "another type";
    }
    if (t == Double.class || t == double.class) {
      return "a number";
    }
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
      return "a whole number";
    }
    if (t == Boolean.class || t == boolean.class) {
      return "true or false";
    }
    if (t == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(t)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(t) || t.isRecord()) {
      return "a mapping of fields";
    }
    return "a value of type " + t.getSimpleName();
  }

  static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "text \"" + n.asText() + "\"";
    }
    if (n.isArray()) {
      return "a list " + abbreviate(n.toString());
    }
    if (n.isObject()) {
      return "a mapping " + abbreviate(n.toString());
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isNull()) {
      return "nothing (null)";
    }
    return n.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static String oneLine(String m) {
    return m == null ? "invalid" : m.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Applies defaults and checks values of one (possibly grid-expanded) spec. */
  private static final class Resolved {
    private final String file;
    private final ObjectMapper mapper;
    private final ScenarioSpec s;
    private final Map<String, String> origin;

    Resolved(String file, ObjectMapper mapper, ScenarioSpec s, Map<String, String> origin) {
      this.file = file;
      this.mapper = mapper;
      this.s = s;
      this.origin = origin;
    }

    private ScenarioException bad(String path, Object value, String allowed) {
      return ScenarioException.at(file, origin(path, origin), "invalid value " + show(value) + "; allowed: "
          + allowed);
    }

    private static String show(Object v) {
      if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return v instanceof String ? "'" + v + "'" : String.valueOf(v);
    }

    private double number(Double v, double dflt, String path, double lo, double hi, boolean loOpen,
        boolean hiOpen, String allowed) {
      if (v == null) {
        return dflt;
      }
      double x = v;
      boolean ok = Double.isFinite(x) && (loOpen ? x > lo : x >= lo) && (hiOpen ? x < hi : x <= hi);
      if (!ok) {
        throw bad(path, v, allowed);
      }
      return x;
    }

    private int integer(Integer v, int dflt, String path, int lo, int hi) {
      if (v == null) {
        return dflt;
      }
      if (v < lo || v > hi) {
        throw bad(path, v, "a whole number in [" + lo + ", " + hi + "]");
      }
      return v;
    }

    private Schedule schedule(String text, String path) {
      if (text == null) {
        throw ScenarioException.at(file, origin(path, origin), "missing; allowed: " + Schedule.ALLOWED);
      }
      try {
        return Schedule.parse(text);
      } catch (IllegalArgumentException e) {
        throw bad(path, text, "a schedule such as " + Schedule.ALLOWED);
      }
    }

    GridPoint point(int index, String label, Map<String, Object> values) {
      if (s.name() != null && s.name().isBlank()) {
        throw bad("name", s.name(), "a non-empty name");
      }
      double target = number(s.target(), 0.3, "target", 0.05, 0.6, true, true, "a number in (0.05, 0.6)");
      int cohortSize = integer(s.cohortSize(), 3, "cohort_size", 1, 12);
      int cohorts = integer(s.cohorts(), 10, "cohorts", 1, 100);
      int cycles = integer(s.cycles(), 6, "cycles", 1, 24);
      boolean holds = s.doseHolds() == null || s.doseHolds();
      List<Arm> arms = arms();
      List<NamedDesign> designs = designs(target, cohortSize, cohorts);
      ScenarioSpec.UtilitySpec u = s.utility() == null ? new ScenarioSpec.UtilitySpec(null, null) : s.utility();
      Rp2dRule rule = new Rp2dRule(number(u.toxicityWeight(), 1.0, "utility.toxicity_weight", 0, 100, false,
          false, "a weight in [0, 100]"), integer(u.minPatients(), 3, "utility.min_patients", 1, 1000));
      Integer stageN = s.optimisationStage() == null ? null : s.optimisationStage().patientsPerArm();
      int sn = integer(stageN, 0, "optimisation_stage.patients_per_arm", 0, 10_000);
      OptimisationStage stage = sn == 0 ? OptimisationStage.NONE : OptimisationStage.of(sn);
      ScenarioSpec.AccrualSpec a = s.accrual() == null ? new ScenarioSpec.AccrualSpec(null, null, null)
          : s.accrual();
      Accrual accrual = new Accrual(number(a.patientsPerMonth(), 2, "accrual.patients_per_month", 0, 1000, true,
          false, "a rate in (0, 1000] patients per month"),
          integer(a.dltWindowDays(), 28, "accrual.dlt_window_days", 1, 365),
          a.turnAway() != null && a.turnAway());
      ScenarioSpec.PopulationSpec pop = s.population() == null ? new ScenarioSpec.PopulationSpec(null, null)
          : s.population();
      int truthPatients = integer(pop.size(), 20_000, "population.size", 100, 10_000_000);
      int trials = integer(s.trials(), 1000, "trials", 1, 10_000_000);
      long seed = s.seed() == null ? 1 : s.seed();
      int threads = integer(s.threads(), Math.max(1, Runtime.getRuntime().availableProcessors()), "threads", 1,
          1024);
      VirtualPatientModel model = VirtualPatientModel.defaults().withCycles(cycles)
          .withSettings(SimulationSettings.DEFAULT.withDoseModification(
              holds ? DoseModificationRule.DEFAULT : DoseModificationRule.NONE))
          .withPopulation(population(pop.age()))
          .withOptions(modelOptions());
      CoupledStudy.Settings settings = new CoupledStudy.Settings(arms, designs, model, accrual, rule, stage, target,
          truthPatients, MonteCarloSettings.of(trials, seed, threads));
      return new GridPoint(index, label, values, settings, cycles, holds);
    }

    private List<Arm> arms() {
      if (s.levels() != null && s.dosesUg() != null) {
        throw ScenarioException.at(file, "levels", "give either levels or doses_ug (with schedules and dex_mg), "
            + "not both");
      }
      List<Arm> arms = new ArrayList<>();
      if (s.levels() != null) {
        if (s.schedules() != null || s.dexMg() != null) {
          throw ScenarioException.at(file, s.schedules() != null ? "schedules" : "dex_mg",
              "not allowed with levels (each level names its schedule and dex_mg)");
        }
        if (s.levels().isEmpty() || s.levels().size() > 30) {
          throw bad("levels", s.levels().size() + " levels", "1 to 30 levels");
        }
        List<DoseLevel> lv = new ArrayList<>();
        for (int i = 0; i < s.levels().size(); i++) {
          ScenarioSpec.LevelSpec l = s.levels().get(i);
          String p = "levels[" + i + "]";
          if (l == null) {
            throw ScenarioException.at(file, p, "missing; allowed: a mapping with dose_ug, schedule, dex_mg");
          }
          if (l.doseUg() == null) {
            throw ScenarioException.at(file, p + ".dose_ug", "missing (required); allowed: a dose > 0 ug");
          }
          double d = number(l.doseUg(), 0, p + ".dose_ug", 0, 1e6, true, false, "a dose in (0, 1000000] ug");
          Schedule sch = schedule(l.schedule(), p + ".schedule");
          double dex = number(l.dexMg(), 40, p + ".dex_mg", 0, 1000, false, false, "a dose in [0, 1000] mg");
          lv.add(new DoseLevel(d, sch, dex));
        }
        arms.add(new Arm(s.name() != null ? s.name() : "levels", lv));
        return arms;
      }
      if (s.dosesUg() == null) {
        throw ScenarioException.at(file, "doses_ug", "missing (required unless levels is given); allowed: a list "
            + "of increasing doses > 0 ug, e.g. [37.5, 50, 75, 100]");
      }
      List<Double> doses = s.dosesUg();
      if (doses.isEmpty() || doses.size() > 30) {
        throw bad("doses_ug", doses, "a list of 1 to 30 increasing doses > 0 ug");
      }
      for (int i = 0; i < doses.size(); i++) {
        Double d = doses.get(i);
        if (d == null) {
          throw bad("doses_ug[" + i + "]", null, "a dose > 0 ug");
        }
        number(d, 0, "doses_ug[" + i + "]", 0, 1e6, true, false, "a dose in (0, 1000000] ug");
        if (i > 0 && !(d > doses.get(i - 1))) {
          throw bad("doses_ug[" + i + "]", d, "a dose above the previous one (" + show(doses.get(i - 1))
              + "): doses must increase");
        }
      }
      List<String> schTexts = s.schedules() == null ? List.of("QD d1-14") : s.schedules();
      if (schTexts.isEmpty()) {
        throw bad("schedules", "[]", "a list of one or more schedules such as " + Schedule.ALLOWED);
      }
      List<Schedule> schedules = new ArrayList<>();
      for (int i = 0; i < schTexts.size(); i++) {
        schedules.add(schedule(schTexts.get(i), "schedules[" + i + "]"));
      }
      List<Double> dex = s.dexMg() == null ? List.of(40.0) : s.dexMg();
      if (dex.isEmpty()) {
        throw bad("dex_mg", "[]", "a list of one or more doses in [0, 1000] mg");
      }
      for (int i = 0; i < dex.size(); i++) {
        if (dex.get(i) == null) {
          throw bad("dex_mg[" + i + "]", null, "a dose in [0, 1000] mg");
        }
        number(dex.get(i), 0, "dex_mg[" + i + "]", 0, 1000, false, false, "a dose in [0, 1000] mg");
      }
      for (Schedule sc : schedules) {
        for (double x : dex) {
          List<DoseLevel> lv = new ArrayList<>();
          for (double d : doses) {
            lv.add(new DoseLevel(d, sc, x));
          }
          String name = dex.size() == 1 ? sc.text()
              : sc.text() + " + dex " + (x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x)) + " mg";
          arms.add(new Arm(name, lv));
        }
      }
      return arms;
    }

    private List<NamedDesign> designs(double target, int cohortSize, int cohorts) {
      List<JsonNode> ds = s.designs() == null
          ? List.of(JsonNodeFactory.instance.textNode("3+3A"), JsonNodeFactory.instance.textNode("boin"))
          : s.designs();
      if (ds.isEmpty()) {
        throw bad("designs", "[]", "a list of one or more designs: " + DesignNames.ALLOWED);
      }
      List<NamedDesign> out = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < ds.size(); i++) {
        String p = "designs[" + i + "]";
        JsonNode n = ds.get(i);
        ScenarioSpec.DesignSpec d;
        if (n != null && n.isTextual()) {
          d = new ScenarioSpec.DesignSpec(n.asText(), null, null, null, null, null, null);
        } else if (n != null && n.isObject()) {
          d = bind(file, mapper, n, ScenarioSpec.DesignSpec.class, origin(p, origin));
        } else {
          throw ScenarioException.at(file, origin(p, origin), "expected a design name (" + DesignNames.ALLOWED
              + ") or a mapping {name, label, cohort_size, cohorts, stop_at_n, stop_when_n_at_dose, "
              + "no_dose_skipping}, got " + (n == null ? "nothing" : describe(n)));
        }
        if (d.name() == null) {
          throw ScenarioException.at(file, origin(p + ".name", origin), "missing (required); allowed: "
              + DesignNames.ALLOWED);
        }
        int cs = integer(d.cohortSize(), cohortSize, p + ".cohort_size", 1, 12);
        int co = integer(d.cohorts(), cohorts, p + ".cohorts", 1, 100);
        NamedDesign base;
        try {
          base = DesignNames.of(d.name(), target, cs, co);
        } catch (IllegalArgumentException e) {
          throw bad(p + (n.isObject() ? ".name" : ""), d.name(), DesignNames.ALLOWED);
        }
        Integer stopN = d.stopAtN();
        Integer stopAt = d.stopWhenNAtDose();
        if (stopN != null) {
          integer(stopN, 0, p + ".stop_at_n", 1, 1000);
        }
        if (stopAt != null) {
          integer(stopAt, 0, p + ".stop_when_n_at_dose", 1, 1000);
        }
        boolean noSkip = d.noDoseSkipping() != null && d.noDoseSkipping();
        String label = d.label() != null ? d.label() : base.name();
        if (label.isBlank()) {
          throw bad(p + ".label", label, "a non-empty label");
        }
        if (seen.contains(label)) {
          throw bad(p + (d.label() != null ? ".label" : ""), label, "a name not used by another design "
              + "(give each variant its own label)");
        }
        seen.add(label);
        NamedDesign b = base;
        out.add(new NamedDesign(label, k -> {
          EscalationDesign e = b.forLevels(k);
          if (stopN != null) {
            e = e.stopAtSampleSize(stopN);
          }
          if (stopAt != null) {
            e = e.stopWhenNAtDose(stopAt);
          }
          if (noSkip) {
            e = e.noDoseSkipping();
          }
          return e;
        }));
      }
      return out;
    }

    private ModelOptions modelOptions() {
      String v = s.model() == null ? null : s.model().neutrophilEffect();
      if (v == null || v.equals("proliferation")) {
        return ModelOptions.DEFAULT;
      }
      if (v.equals("maturation-arrest")) {
        return ModelOptions.DEFAULT.withNeutrophilEffect(ModelOptions.MyelosuppressionEffect.MATURATION_ARREST);
      }
      throw bad("model.neutrophil_effect", v, "proliferation or maturation-arrest");
    }

    private PopulationModel population(ScenarioSpec.AgeSpec age) {
      ModelParameters theta = ModelParameters.defaults();
      Map<Param, Double> omegas = new LinkedHashMap<>();
      for (Param p : Param.withDefaultVariability()) {
        omegas.put(p, p.definition().defaultOmega());
      }
      if (s.model() != null) {
        if (s.model().typical() != null) {
          for (Map.Entry<String, Double> e : s.model().typical().entrySet()) {
            String p = "model.typical." + e.getKey();
            Param param = param(e.getKey(), p);
            if (e.getValue() == null || !param.domain().contains(e.getValue())) {
              throw bad(p, e.getValue(), param.domain().text() + " (" + param.definition().unit() + ")");
            }
            theta = theta.with(param, e.getValue());
          }
        }
        if (s.model().omega() != null) {
          for (Map.Entry<String, Double> e : s.model().omega().entrySet()) {
            String p = "model.omega." + e.getKey();
            Param param = param(e.getKey(), p);
            number(e.getValue(), 0, p, 0, 5, false, false, "an omega (SD of eta) in [0, 5]; 0 removes the "
                + "variability");
            omegas.put(param, e.getValue());
          }
        }
      }
      AgeDistribution ad = AgeDistribution.DEFAULT;
      if (age != null) {
        double med = number(age.medianYears(), ad.medianYears(), "population.age.median_years", 18, 120, false,
            false, "an age in [18, 120] years");
        double sd = number(age.sdYears(), ad.sdYears(), "population.age.sd_years", 0, 50, true, false,
            "a standard deviation in (0, 50] years");
        double lo = number(age.minYears(), ad.minYears(), "population.age.min_years", 18, 120, false, false,
            "an age in [18, 120] years");
        double hi = number(age.maxYears(), ad.maxYears(), "population.age.max_years", 18, 120, false, false,
            "an age in [18, 120] years");
        if (!(hi > lo)) {
          throw bad("population.age.max_years", hi, "an age above min_years (" + show(lo) + ")");
        }
        try {
          ad = new AgeDistribution(med, sd, lo, hi);
        } catch (IllegalArgumentException e) {
          throw ScenarioException.at(file, origin("population.age", origin), oneLine(e.getMessage()));
        }
      }
      return new PopulationModel(theta, Omega.diagonal(omegas), ad);
    }

    private Param param(String name, String path) {
      try {
        return Param.byName(name);
      } catch (IllegalArgumentException e) {
        List<String> names = new ArrayList<>();
        for (Param p : Param.all()) {
          names.add(p.name());
        }
        throw ScenarioException.at(file, origin(path, origin), "unknown model parameter '" + name
            + "'; allowed: " + String.join(", ", names));
      }
    }
  }
}
