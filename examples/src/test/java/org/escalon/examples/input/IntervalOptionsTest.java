package org.escalon.examples.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.escalon.examples.cli.Cli;
import org.escalon.examples.cli.Json;
import org.escalon.examples.sweep.ScenarioFile;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.I3Plus3;
import org.escalon.simulation.design.Keyboard;
import org.escalon.simulation.design.Mtpi2;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.BfBoinConduct;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.TiteBoinConduct;
import org.junit.jupiter.api.Test;

/**
 * Every interval-design option (R BOIN's p.saf, p.tox, cutoff.eli, extrasafe, offset, n.earlystop, titration,
 * boundMTD, and the ε1/ε2 of i3+3, mTPI-2 and Keyboard) means the same in {@code escalon oc}, in a scenario file and
 * in the Java API: the exact operating characteristics of the design each builds are equal (and differ from the
 * defaults', so the option is not dropped on the way); bad values and options a design does not take give the same
 * limit text in all three, naming the option or the file and field.
 */
class IntervalOptionsTest {

  private static final double[] P = {0.08, 0.2, 0.3, 0.42, 0.55};
  private static final FixedToxicity TOX = FixedToxicity.of(P);

  /** design, CLI options, scenario fields, the design built with the Java API. */
  private record Case(String design, String[] cli, String fields, Supplier<EscalationDesign> api) {}

  private static List<Case> cases() {
    return List.of(
        new Case("boin", new String[] {"--phi1", "0.2"}, "phi1: 0.2", () -> Boin.builder(0.3, 5).phi1(0.2).build()),
        new Case("boin", new String[] {"--phi2", "0.4"}, "phi2: 0.4", () -> Boin.builder(0.3, 5).phi2(0.4).build()),
        new Case("boin", new String[] {"--cutoff-eli", "0.8"}, "cutoff_eli: 0.8",
            () -> Boin.builder(0.3, 5).cutoffEli(0.8).build()),
        new Case("boin", new String[] {"--extrasafe", "--offset", "0.2", "--cutoff-eli", "0.7"},
            "extrasafe: true, offset: 0.2, cutoff_eli: 0.7",
            () -> Boin.builder(0.3, 5).extrasafe(true).offset(0.2).cutoffEli(0.7).build()),
        new Case("boin", new String[] {"--n-early-stop", "9"}, "n_early_stop: 9",
            () -> Boin.builder(0.3, 5).nEarlyStop(9).build()),
        new Case("boin", new String[] {"--titration"}, "titration: true",
            () -> Boin.builder(0.3, 5).titration(true).build()),
        new Case("boin", new String[] {"--bound-mtd", "--phi2", "0.34"}, "bound_mtd: true, phi2: 0.34",
            () -> Boin.builder(0.3, 5).boundMtd(true).phi2(0.34).build()),
        new Case("keyboard", new String[] {"--eps1", "0.03", "--eps2", "0.1"}, "eps1: 0.03, eps2: 0.1",
            () -> Keyboard.builder(0.3, 5).eps1(0.03).eps2(0.1).build()),
        new Case("mtpi2", new String[] {"--cutoff-eli", "0.85", "--n-early-stop", "12"},
            "cutoff_eli: 0.85, n_early_stop: 12", () -> Mtpi2.builder(0.3, 5).cutoffEli(0.85).nEarlyStop(12).build()),
        new Case("i3+3", new String[] {"--titration", "--eps2", "0.08"}, "titration: true, eps2: 0.08",
            () -> I3Plus3.builder(0.3, 5).titration(true).eps2(0.08).build()));
  }

  private static String scenario(String design, String fields) {
    return "doses_ug: [10, 20, 30, 40, 50]\ntarget: 0.3\ndesigns: [{name: " + design + (fields.isEmpty() ? ""
        : ", " + fields) + "}]\n";
  }

  private static NamedDesign fromScenario(String design, String fields) {
    return ScenarioFile.parse("s.yaml", scenario(design, fields)).points().get(0).settings().designs().get(0);
  }

  private static JsonNode cli(String design, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("oc", "--design", design, "--target", "0.3", "--p-true",
        "0.08,0.2,0.3,0.42,0.55", "--exact", "--format", "json"));
    args.addAll(List.of(options));
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertThat(r.status()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return Json.mapper().readTree(r.out());
  }

  @Test
  void eachOptionGivesTheJavaApisOperatingCharacteristicsInOcAndInScenarioFiles() throws Exception {
    for (Case c : cases()) {
      String at = c.design() + " " + String.join(" ", c.cli());
      OperatingCharacteristics api = ExactOc.compute(c.api().get(), TOX, 0.3);
      OperatingCharacteristics defaults = ExactOc.compute(fromScenario(c.design(), "").forLevels(5), TOX, 0.3);
      assertThat(api).as(at + " changes the OC").isNotEqualTo(defaults);
      // scenario file
      EscalationDesign fromFile = fromScenario(c.design(), c.fields()).forLevels(5);
      assertThat(fromFile.name()).as(at).isEqualTo(c.api().get().name());
      assertThat(ExactOc.compute(fromFile, TOX, 0.3)).as(at).isEqualTo(api);
      // oc
      JsonNode j = cli(c.design(), c.cli());
      assertThat(j.get("design").asText()).as(at).isEqualTo(c.api().get().name());
      double[] sel = api.values(LevelOc::mtdSelectionPct);
      double[] n = api.values(LevelOc::meanN);
      for (int k = 0; k < 5; k++) {
        assertThat(j.get("selection_pct").get(k).asDouble()).as(at + " dose " + (k + 1)).isEqualTo(sel[k]);
        assertThat(j.get("mean_n").get(k).asDouble()).as(at + " dose " + (k + 1)).isEqualTo(n[k]);
      }
      assertThat(j.get("stop_pct").asDouble()).as(at).isEqualTo(api.noMtdPct().value());
    }
  }

  @Test
  void bfBoinAndTiteBoinTakeTheirOptionsFromScenarioFiles() {
    NamedDesign bf = fromScenario("bf-boin", "phi1: 0.2, bound_mtd: true, cutoff_eli: 0.9, n_early_stop: 12, "
        + "extrasafe: true, offset: 0.1");
    BfBoin bfApi = BfBoin.builder(0.3, 5).phi1(0.2).boundMtd(true).cutoffEli(0.9).nEarlyStop(12).extrasafe(true)
        .offset(0.1).build();
    BfBoin built = ((BfBoinConduct) bf.conduct(5, Accrual.DEFAULT, Rp2dRule.DEFAULT, OptimisationStage.NONE))
        .design();
    assertThat(built.name()).isEqualTo(bfApi.name()).contains("phi1=0.2", "boundMtd", "cutoffEli=0.9");
    assertThat(built.boin().phi1()).isEqualTo(0.2);
    NamedDesign tite = fromScenario("tite-boin", "phi2: 0.4, cutoff_eli: 0.9, n_early_stop: 12");
    TiteBoin titeApi = TiteBoin.builder(0.3, 5).phi2(0.4).cutoffEli(0.9).nEarlyStop(12).build();
    TiteBoin t = ((TiteBoinConduct) tite.conduct(5, Accrual.DEFAULT, Rp2dRule.DEFAULT, OptimisationStage.NONE))
        .design();
    assertThat(t.name()).isEqualTo(titeApi.name()).contains("phi2=0.4");
    assertThat(t.boin().lambdaD()).isEqualTo(titeApi.boin().lambdaD());
  }

  /** The Java API's "must be ..." text. */
  private static String allowed(Runnable api) {
    try {
      api.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage().substring(e.getMessage().indexOf(": must be ") + ": must be ".length());
    }
    throw new AssertionError("accepted");
  }

  @Test
  void badValuesGiveTheLibrarysLimitInTheCliAndInScenarioFilesNamingOptionAndField() {
    Object[][] bad = {
      {"boin", "phi1", "--phi1", "0.28", (Runnable) () -> Boin.builder(0.3, 5).phi1(0.28)},
      {"boin", "phi2", "--phi2", "1", (Runnable) () -> Boin.builder(0.3, 5).phi2(1)},
      {"boin", "cutoff_eli", "--cutoff-eli", "1.2", (Runnable) () -> Boin.builder(0.3, 5).cutoffEli(1.2)},
      {"boin", "offset", "--offset", "0.6", (Runnable) () -> Boin.builder(0.3, 5).offset(0.6)},
      {"i3+3", "n_early_stop", "--n-early-stop", "0", (Runnable) () -> I3Plus3.builder(0.3, 5).nEarlyStop(0)},
      {"keyboard", "eps1", "--eps1", "0.3", (Runnable) () -> Keyboard.builder(0.3, 5).eps1(0.3)},
      {"tite-boin", "phi2", "--phi2", "0.31", (Runnable) () -> TiteBoin.builder(0.3, 5).phi2(0.31)},
      {"bf-boin", "phi1", "--phi1", "0", (Runnable) () -> BfBoin.builder(0.3, 5).phi1(0)},
    };
    for (Object[] b : bad) {
      String design = (String) b[0];
      String allowed = allowed((Runnable) b[4]);
      Cli.Run r = Cli.run("oc", "--design", design, "--target", "0.3", "--p-true", "0.1,0.2,0.3", b[2].toString(),
          b[3].toString());
      assertThat(r.status()).as(design + " " + b[2]).isEqualTo(2);
      assertThat(r.err().trim()).isEqualTo("escalon: " + b[2] + " = '" + b[3] + "': must be " + allowed);
      assertThatThrownBy(() -> fromScenario(design, b[1] + ": " + b[3])).as(design + " " + b[1])
          .hasMessage("s.yaml: designs[0]." + b[1] + ": invalid value " + b[3] + "; allowed: " + allowed);
    }
  }

  @Test
  void anOptionADesignDoesNotTakeIsRefusedEverywhereWithTheDesignsThatTakeIt() {
    String[][] refused = {
      {"i3+3", "phi1", "--phi1", "0.2", "boin, bf-boin or tite-boin"},
      {"boin", "eps1", "--eps1", "0.03", "i3+3, mtpi2 or keyboard"},
      {"3+3", "cutoff_eli", "--cutoff-eli", "0.9", "boin, i3+3, mtpi2, keyboard, bf-boin or tite-boin"},
      {"crm", "n_early_stop", "--n-early-stop", "9", "boin, i3+3, mtpi2, keyboard, bf-boin or tite-boin"},
      {"tite-boin", "titration", "--titration", null, "boin, i3+3, mtpi2 or keyboard"},
      {"keyboard", "bound_mtd", "--bound-mtd", null, "boin or bf-boin"},
    };
    for (String[] c : refused) {
      String key = c[0].equals("3+3") ? "3+3A" : c[0];
      List<String> args = new ArrayList<>(List.of("oc", "--design", c[0], "--target", "0.3", "--p-true", "0.1,0.2",
          c[2]));
      if (c[3] != null) {
        args.add(c[3]);
      }
      Cli.Run r = Cli.run(args.toArray(String[]::new));
      assertThat(r.err().trim()).as(String.join(" ", args)).isEqualTo("escalon: " + c[2] + " = '"
          + (c[3] == null ? "true" : c[3]) + "': must be only with --design " + c[4] + " (not an option of " + key
          + ")");
      String value = c[3] == null ? "true" : c[3];
      assertThatThrownBy(() -> fromScenario(c[0], c[1] + ": " + value)).as(c[0] + " " + c[1])
          .hasMessage("s.yaml: designs[0]." + c[1] + ": invalid value " + value + "; allowed: only with " + c[4]
              + " (not an option of " + key + ")");
    }
  }
}
