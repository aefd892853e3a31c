package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escalon.core.model.Param;
import org.escalon.core.population.Omega;
import org.escalon.core.population.PopulationModel;
import org.escalon.examples.compare.CompareReport;
import org.junit.jupiter.api.Test;

/**
 * Grid axes over model parameters ({@code model.parameters.NAME}, {@code model.omega.NAME}): expansion crossed with
 * the other axes, the wiring into the study (a grid point equals the same file without a grid), field-path errors.
 */
class ModelAxesTest {

  private static final String BASE = "doses_ug: [50, 100]\n";

  private static ScenarioFile yaml(String text) {
    return ScenarioFileTest.yaml(text);
  }

  private static void fails(String text, String... parts) {
    ScenarioFileTest.fails(text, parts);
  }

  /** ω of {@code p} in {@code omega} (0 when it has no variability). */
  static double omegaOf(Omega omega, Param p) {
    Param[] ps = omega.params();
    for (int i = 0; i < ps.length; i++) {
      if (ps[i] == p) {
        return Math.sqrt(omega.covariance()[i][i]);
      }
    }
    return 0;
  }

  @Test
  void modelAxesCrossTheOtherAxesSlowestFirstWithTheirLabels() {
    ScenarioFile f = yaml(BASE + "grid:\n  target: [0.25, 0.3]\n  model.parameters.DC50_M: [3, 6, 12]\n"
        + "  model.omega.EMAXN: [0.5, 1.5]\n");
    assertThat(f.points()).hasSize(3 * 2 * 2);
    List<String> expected = new ArrayList<>();
    for (String dc : new String[] {"3", "6", "12"}) {
      for (String om : new String[] {"0.5", "1.5"}) {
        for (String t : new String[] {"0.25", "0.3"}) {
          expected.add("model.parameters.DC50_M=" + dc + ", model.omega.EMAXN=" + om + ", target=" + t);
        }
      }
    }
    assertThat(f.points()).extracting(GridPoint::label).containsExactlyElementsOf(expected);
    assertThat(f.points()).extracting(GridPoint::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    GridPoint last = f.points().get(11);
    assertThat(last.values()).containsExactly(Map.entry("model.parameters.DC50_M", 12),
        Map.entry("model.omega.EMAXN", 1.5), Map.entry("target", 0.3));
    for (int i = 0; i < 12; i++) {
      PopulationModel pop = f.points().get(i).settings().model().population();
      assertThat(pop.theta().get(Param.DC50_M)).isEqualTo(new double[] {3, 6, 12}[i / 4]);
      assertThat(omegaOf(pop.omega(), Param.EMAXN)).isCloseTo(new double[] {0.5, 1.5}[(i / 2) % 2],
          org.assertj.core.data.Offset.offset(1e-12));
      assertThat(f.points().get(i).settings().target()).isEqualTo(new double[] {0.25, 0.3}[i % 2]);
      // the parameters not on an axis keep their defaults
      assertThat(pop.theta().get(Param.CL)).isEqualTo(Param.CL.defaultValue());
      assertThat(omegaOf(pop.omega(), Param.CL)).isEqualTo(Param.CL.definition().defaultOmega());
    }
  }

  @Test
  void anAxisOverridesTheFilesValueAndKeepsItsOtherEntries() {
    ScenarioFile f = yaml(BASE + "model:\n  parameters: {DC50_M: 4, CL: 5}\n  omega: {CL: 0.1}\n"
        + "grid:\n  model.parameters.DC50_M: [8]\n  model.omega.CL: [0.2]\n");
    PopulationModel pop = f.points().get(0).settings().model().population();
    assertThat(pop.theta().get(Param.DC50_M)).isEqualTo(8);
    assertThat(pop.theta().get(Param.CL)).isEqualTo(5);
    assertThat(omegaOf(pop.omega(), Param.CL)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void typicalIsAnAliasOfParametersInTheFileAndOnTheGrid() {
    double viaAlias = yaml(BASE + "model: {typical: {DC50_M: 9}}\n").points().get(0).settings().model()
        .population().theta().get(Param.DC50_M);
    assertThat(viaAlias).isEqualTo(9);
    ScenarioFile g = yaml(BASE + "model: {typical: {CL: 5}}\ngrid:\n  model.typical.DC50_M: [2, 7]\n");
    assertThat(g.points()).extracting(p -> p.settings().model().population().theta().get(Param.DC50_M))
        .containsExactly(2.0, 7.0);
    assertThat(g.points().get(1).settings().model().population().theta().get(Param.CL)).isEqualTo(5);
    fails(BASE + "model: {typical: {CL: 5}, parameters: {CL: 4}}\n", "model.typical", "not both");
    fails(BASE + "grid:\n  model.parameters.CL: [4]\n  model.typical.CL: [5]\n", "grid.model.typical.CL",
        "the same parameter as grid.model.parameters.CL");
  }

  @Test
  void badAxesNameTheGridEntryAndWhatIsAllowed() {
    fails(BASE + "grid:\n  model.parameters.DC50X: [3, 6]\n", "grid.model.parameters.DC50X",
        "unknown model parameter 'DC50X'", "DC50_M");
    fails(BASE + "grid:\n  model.omega.CLX: [0.2]\n", "grid.model.omega.CLX", "unknown model parameter");
    fails(BASE + "grid:\n  model.parameters.DC50_M: [3, -1]\n",
        "grid.model.parameters.DC50_M[1] (model.parameters.DC50_M)", "invalid value -1", "in [0.001, 1000] ng/mL");
    fails(BASE + "grid:\n  model.parameters.EMAXN: [0.5, 1]\n", "grid.model.parameters.EMAXN[1]",
        "invalid value 1");
    fails(BASE + "grid:\n  model.omega.CL: [0.2, 6]\n", "grid.model.omega.CL[1] (model.omega.CL)",
        "invalid value 6", "[0, 5]");
    fails(BASE + "grid:\n  model.parameters.DC50_M: []\n", "grid.model.parameters.DC50_M",
        "expected a non-empty list of values");
    fails(BASE + "grid:\n  model.parameters.DC50_M: [3, abc]\n", "grid.model.parameters.DC50_M[1]",
        "expected a number");
    fails(BASE + "grid:\n  model.parameters.DC50_M: [3, null]\n", "grid.model.parameters.DC50_M[1]",
        "invalid value null");
    fails(BASE + "grid:\n  model.parameters.DC50_M: [3, 6, 3.0]\n", "grid.model.parameters.DC50_M[2]",
        "the same as grid.model.parameters.DC50_M[0]", "distinct values");
    fails(BASE + "grid:\n  model.parameters.: [3]\n", "grid.model.parameters.", "unknown model parameter");
    fails(BASE + "grid:\n  model.cl: [3]\n", "grid.model.cl", "unknown grid axis", "model.parameters.NAME");
  }

  @Test
  void aGridPointGivesTheSameNumbersAsTheSameFileWithoutAGrid() throws JsonProcessingException {
    String common = "doses_ug: [25, 50, 100]\ndesigns: [boin, \"3+3\"]\ncycles: 1\npopulation: {size: 100}\n"
        + "trials: 12\nseed: 5\nthreads: 2\n";
    ScenarioFile grid = yaml(common + "grid:\n  model.parameters.DC50_M: [3, 12]\n  target: [0.25, 0.3]\n");
    ScenarioFile plain = yaml(common + "target: 0.25\nmodel:\n  parameters: {DC50_M: 12}\n");
    List<Sweep.PointResult> g = Sweep.run(grid, null, null, new Sweep.Monitor() { });
    List<Sweep.PointResult> p = Sweep.run(plain, null, null, new Sweep.Monitor() { });
    GridPoint at12 = g.get(2).point();
    assertThat(at12.label()).isEqualTo("model.parameters.DC50_M=12, target=0.25");
    assertThat(numbers(g.get(2))).isEqualTo(numbers(p.get(0)));
    // and the axis is not ignored: the marrow potency changes the model's cycle-1 DLT probabilities
    assertThat(numbers(g.get(0))).isNotEqualTo(numbers(g.get(2)));
  }

  /** Every number of a point's compare object except the wall time. */
  private static String numbers(Sweep.PointResult pr) throws JsonProcessingException {
    Map<String, Object> json = new java.util.LinkedHashMap<>(CompareReport.toJson(pr.result(),
        SweepOutputs.runInfo(pr.point())));
    json.remove("seconds");
    return new ObjectMapper().writeValueAsString(json);
  }
}
