package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.escalon.examples.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalon.examples.cli.Cli.Run;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.design.crm.CrmSkeleton;
import org.junit.jupiter.api.Test;

/**
 * {@code next-dose --design crm|tite-crm} and {@code oc --design crm|tite-crm}: the printed fields, the conduct
 * rules on the outcome string, and the refusals (exit 2, one line naming option, value and what is allowed).
 * The fit's numbers themselves are tested against brute-force integration in the simulation module.
 */
class CrmCommandsTest {

  private static JsonNode json(Run r) throws Exception {
    assertThat(r.status()).as(r.err()).isZero();
    return Json.mapper().readTree(r.out());
  }

  @Test
  void nextDosePrintsTheFitAndTheConductedNextDose() throws Exception {
    JsonNode j = json(run("next-dose", "--design", "crm", "--model", "empiric", "--skeleton",
        "0.08,0.16,0.25,0.35,0.46", "--target", "0.25", "1NNN 2NTN", "--format", "json"));
    for (String f : new String[] {"recommended", "next_dose", "beta_mean", "beta_var", "ptox", "ptox_lower",
        "ptox_upper", "post_mean_dlt_prob"}) {
      assertThat(j.has(f)).as(f).isTrue();
    }
    assertThat(j.get("ptox")).hasSize(5);
    // 1 DLT in the last cohort of 3 (0.33 >= 0.25): never above dose 2
    assertThat(j.get("next_dose").asInt()).isEqualTo(Math.min(2, j.get("recommended").asInt()));
    double beta = j.get("beta_mean").asDouble();
    assertThat(j.get("ptox").get(2).asDouble()).isCloseTo(Math.pow(0.25, Math.exp(beta)), within(1e-12));
    for (int d = 0; d < 5; d++) {
      assertThat(j.get("ptox_lower").get(d).asDouble()).isLessThan(j.get("ptox").get(d).asDouble());
      assertThat(j.get("ptox_upper").get(d).asDouble()).isGreaterThan(j.get("ptox").get(d).asDouble());
    }
  }

  @Test
  void nextDoseWithGetpriorInsteadOfASkeleton() throws Exception {
    JsonNode j = json(run("next-dose", "--design", "crm", "--model", "logistic", "--halfwidth", "0.05", "--nu", "3",
        "--doses", "5", "--target", "0.25", "", "--format", "json"));
    double[] s = CrmSkeleton.getprior(0.05, 0.25, 3, 5, CrmModel.LOGISTIC);
    for (int d = 0; d < 5; d++) {
      assertThat(j.get("skeleton").get(d).asDouble()).isEqualTo(s[d]);
    }
    assertThat(j.get("patients").asInt()).isZero();
    assertThat(j.get("next_dose").asInt()).isEqualTo(1);
    assertThat(j.get("beta_mean").asDouble()).isCloseTo(0, within(1e-12));
  }

  @Test
  void nextDoseAfterAQuietCohortEscalatesOneLevelAndTheTableFormatWorks() throws Exception {
    JsonNode j = json(run("next-dose", "--design", "crm", "--skeleton", "0.08,0.16,0.25,0.35,0.46", "--target",
        "0.25", "1NNN", "--format", "json"));
    assertThat(j.get("recommended").asInt()).isGreaterThan(2);
    assertThat(j.get("next_dose").asInt()).isEqualTo(2);
    Run t = run("next-dose", "--design", "crm", "--skeleton", "0.08,0.16,0.25,0.35,0.46", "--target", "0.25",
        "1NNN");
    assertThat(t.status()).as(t.err()).isZero();
    assertThat(t.out()).contains("next_dose").contains("post_mean_dlt_prob");
  }

  @Test
  void nextDoseStopsAtTheSampleSize() throws Exception {
    JsonNode j = json(run("next-dose", "--design", "crm", "--skeleton", "0.08,0.16,0.25,0.35,0.46", "--target",
        "0.25", "--sample-size", "6", "1NNN 2NNN", "--format", "json"));
    assertThat(j.get("stop").asBoolean()).isTrue();
    assertThat(j.get("next_dose").isNull()).isTrue();
    assertThat(j.get("stop_reason").asText()).isEqualTo("SAMPLE_SIZE");
  }

  @Test
  void titeCrmNextDoseUsesFollowUpWeights() throws Exception {
    JsonNode j = json(run("next-dose", "--design", "tite-crm", "--skeleton", "0.08,0.16,0.25,0.35,0.46",
        "--target", "0.25", "--window-days", "28", "1N/28 1N/28 1N/14 2N/7 2T/5", "--format", "json"));
    JsonNode w = j.get("weights");
    assertThat(w.get(0).asDouble()).isEqualTo(1.0);
    assertThat(w.get(2).asDouble()).isEqualTo(0.5);
    assertThat(w.get(3).asDouble()).isEqualTo(0.25);
    assertThat(w.get(4).asDouble()).isEqualTo(1.0);
    assertThat(j.get("next_dose").asInt()).isLessThanOrEqualTo(3);
  }

  @Test
  void badInputIsRefusedNamingTheParameter() {
    String[] skel = {"--skeleton", "0.08,0.16,0.25,0.35,0.46", "--target", "0.25"};
    expectUsage(new String[] {"next-dose", "--design", "crm", skel[0], skel[1], skel[2], skel[3], "1NNN 6NTN"},
        "OUTCOMES");
    expectUsage(new String[] {"next-dose", "--design", "crm", skel[0], skel[1], skel[2], skel[3], "1NXN"},
        "OUTCOMES");
    expectUsage(new String[] {"next-dose", "--design", "crm", skel[0], skel[1], "1NNN"}, "--target");
    expectUsage(new String[] {"next-dose", "--design", "crm", skel[0], "0.3,0.2", skel[2], skel[3], "1NNN"},
        "--skeleton");
    expectUsage(new String[] {"next-dose", "--design", "crm", skel[0], skel[1], skel[2], skel[3], "--halfwidth",
        "0.05", "1NNN"}, "--halfwidth");
    expectUsage(new String[] {"next-dose", "--design", "crm", skel[0], skel[1], skel[2], skel[3], "--window-days",
        "28", "1NNN"}, "--window-days");
    expectUsage(new String[] {"next-dose", "--design", "crm", "--halfwidth", "0.05", "--nu", "3", skel[2], skel[3],
        "1NNN"}, "--doses");
    expectUsage(new String[] {"next-dose", "--design", "crm", "--model", "probit", skel[0], skel[1], skel[2], skel[3],
        "1NNN"}, "--model");
    expectUsage(new String[] {"next-dose", "--design", "tite-crm", skel[0], skel[1], skel[2], skel[3],
        "--window-days", "28", "1N"}, "OUTCOMES");
    expectUsage(new String[] {"next-dose", "--design", "nope"}, "--design");
    expectUsage(new String[] {"oc", "--design", "boin", "--target", "0.25", "--p-true", "0.1,0.2", "--skeleton",
        "0.1,0.2"}, "--skeleton");
    expectUsage(new String[] {"oc", "--design", "crm", "--target", "0.25", "--p-true", "0.1,0.2", "--extrasafe"},
        "--extrasafe");
    expectUsage(new String[] {"oc", "--design", "crm", "--target", "0.25", "--p-true", "0.1,0.2,0.3",
        "--cohort-size", "3", "--sample-size", "20"}, "--sample-size");
    expectUsage(new String[] {"oc", "--design", "tite-crm", "--target", "0.25", "--p-true", "0.1,0.2", "--exact"},
        "--exact");
    expectUsage(new String[] {"boundaries", "--design", "crm", "--target", "0.25"}, "--design");
  }

  private static void expectUsage(String[] args, String option) {
    Run r = run(args);
    assertThat(r.status()).as(String.join(" ", args) + " -> " + r.err()).isEqualTo(2);
    assertThat(r.err()).as(String.join(" ", args)).contains(option);
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void designNamesBuildTheCrmAndTheTiteCrmConductForAnyNumberOfLevels() {
    org.escalon.simulation.pkpd.NamedDesign crm = org.escalon.simulation.study.DesignName.parse("CRM")
        .named(0.25, 3, 7);
    assertThat(crm.forLevels(4).maxSampleSize()).isEqualTo(21);
    assertThat(crm.forLevels(4).name()).startsWith("CRM(empiric, target=0.25");
    org.escalon.simulation.pkpd.NamedDesign tite = org.escalon.simulation.study.DesignName.parse("tite-crm")
        .named(0.25, 1, 18);
    assertThat(tite.countBased()).isFalse();
    org.escalon.simulation.trial.TrialConduct c = tite.conduct(6, org.escalon.simulation.trial.Accrual.DEFAULT,
        org.escalon.simulation.selection.Rp2dRule.DEFAULT, org.escalon.simulation.selection.OptimisationStage.NONE);
    assertThat(c.doseCount()).isEqualTo(6);
    assertThat(c.name()).startsWith("TITE-CRM(empiric").contains("N=18").contains("window=28d");
  }

  @Test
  void ocOfCrmExactAndMonteCarlo() throws Exception {
    JsonNode e = json(run("oc", "--design", "crm", "--target", "0.25", "--p-true", "0.05,0.1,0.25,0.4,0.55",
        "--cohort-size", "3", "--sample-size", "9", "--exact", "--format", "json"));
    double sum = e.get("stop_pct").asDouble();
    double n = 0;
    for (int d = 0; d < 5; d++) {
      sum += e.get("selection_pct").get(d).asDouble();
      n += e.get("mean_n").get(d).asDouble();
    }
    assertThat(sum).isCloseTo(100, within(1e-9));
    assertThat(n).isCloseTo(9, within(1e-9));
    JsonNode m = json(run("oc", "--design", "crm", "--target", "0.25", "--p-true", "0.05,0.1,0.25,0.4,0.55",
        "--cohort-size", "3", "--sample-size", "9", "--trials", "400", "--format", "json"));
    assertThat(m.get("mean_total_n").asDouble()).isEqualTo(9.0);
    JsonNode t = json(run("oc", "--design", "tite-crm", "--target", "0.25", "--p-true", "0.05,0.1,0.25,0.4,0.55",
        "--sample-size", "12", "--window-days", "28", "--accrual-per-window", "3", "--arrivals", "poisson",
        "--trials", "200", "--format", "json"));
    assertThat(t.get("mean_total_n").asDouble()).isEqualTo(12.0);
    assertThat(t.get("design").asText()).startsWith("TITE-CRM(empiric");
  }
}
