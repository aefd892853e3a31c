package org.escalon.examples.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.escalon.examples.cli.CompareCommandAccess;
import org.escalon.examples.sweep.ScenarioException;
import org.escalon.examples.sweep.ScenarioFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every limit shared by {@code compare} and scenario files, exercised at both ends through both doors: the
 * smallest and largest allowed values are accepted, values just outside are refused, with the same verdict.
 * Nothing is simulated: the command's options are resolved into a study, the file into grid points.
 */
class LimitsAgreeTest {

  /** Just outside {@code bound}, by 1 for whole quantities, else by a relative 1e-9 (or 1e-9 at 0). */
  private static double outside(double bound, boolean whole, int direction) {
    if (whole) {
      return bound + direction;
    }
    return bound + direction * Math.max(1e-9, Math.abs(bound) * 1e-9);
  }

  private static String text(double v) {
    return Limit.show(v);
  }

  private static boolean cliAccepts(String option, String value, String extra) {
    List<String> args = new ArrayList<>(option.equals("--doses-ug") ? List.of() : List.of("--doses-ug", "50,100"));
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.split(" ")));
    }
    args.addAll(List.of(option, value));
    return CompareCommandAccess.accepts(args.toArray(new String[0]));
  }

  private static boolean fileAccepts(String template, String value, String extra) {
    String yaml = (template.startsWith("doses_ug") ? "" : "doses_ug: [50, 100]\n") + template.replace("X", value)
        + "\n" + extra.replace(";", "\n") + "\n";
    try {
      return !ScenarioFile.parse("s.yaml", yaml).points().isEmpty();
    } catch (ScenarioException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "TARGET|--target|target: X||",
      "COHORT_SIZE|--cohort-size|cohort_size: X||",
      "COHORTS|--cohorts|cohorts: X|--cohort-size 1|cohort_size: 1",
      "CYCLES|--cycles|cycles: X||",
      "TRIALS|--trials|trials: X||",
      "THREADS|--threads|threads: X||",
      "TRUTH_PATIENTS|--truth-patients|'population: {size: X}'||",
      "ACCRUAL_PER_MONTH|--accrual-per-month|'accrual: {patients_per_month: X}'||",
      "UTILITY_WEIGHT|--utility-weight|'utility: {toxicity_weight: X}'||",
      "STAGE_PATIENTS|--optimisation-arm-size|'optimisation_stage: {patients_per_arm: X}'||",
      "DEX_MG|--dex-mg|dex_mg: [X]||",
      "LEVEL_DOSE_UG|--doses-ug|doses_ug: [X]||",
  })
  void sameVerdictAtBothEnds(Limit limit, String option, String field, String cliExtra, String fileExtra) {
    String ce = cliExtra == null ? "" : cliExtra;
    String fe = fileExtra == null ? "" : fileExtra;
    double lo = limit.contains(limit.min()) ? limit.min() : outside(limit.min(), limit.whole(), +1);
    double hi = limit.max();
    double below = limit.contains(limit.min()) ? outside(limit.min(), limit.whole(), -1) : limit.min();
    double above = outside(hi, limit.whole(), +1);
    for (double v : new double[] {lo, hi}) {
      assertThat(limit.contains(v)).as(limit + " " + v).isTrue();
      assertThat(cliAccepts(option, text(v), ce)).as(option + " " + text(v)).isTrue();
      assertThat(fileAccepts(field, text(v), fe)).as(field + " " + text(v)).isTrue();
    }
    for (double v : new double[] {below, above}) {
      assertThat(limit.contains(v)).as(limit + " " + v).isFalse();
      assertThat(cliAccepts(option, text(v), ce)).as(option + " " + text(v)).isFalse();
      assertThat(fileAccepts(field, text(v), fe)).as(field + " " + text(v)).isFalse();
    }
    assertThatThrownBy(() -> limit.check("x", above)).hasMessageStartingWith("x = ").hasMessageContaining(
        "must be " + limit.allowed());
  }
}
