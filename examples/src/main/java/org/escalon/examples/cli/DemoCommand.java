package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.output.Profile;
import org.escalon.core.population.Covariates;
import org.escalon.core.regimen.Regimen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code escalon demo}: the main job for a newcomer. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the default demonstration: the typical patient on 100 ug QD d1-14 + dexamethasone 40 mg.")
public final class DemoCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Regimen regimen = Regimen.of(100, "QD d1-14", 40, 2);
    Profile p = PatientSimulator.defaults().profile(IndividualParameters.typical(ModelParameters.defaults()),
        new Covariates(67), regimen, 24);
    out.printf(Locale.ROOT, "Typical patient (all eta = 0), %s%n%n", regimen.text());
    out.printf(Locale.ROOT, "%5s %10s %9s %9s %9s %8s %8s %8s%n", "day", "conc", "IKZF3-PB", "IKZF1-BM",
        "IKZF-tum", "ANC", "PLT", "M-prot");
    out.printf(Locale.ROOT, "%5s %10s %9s %9s %9s %8s %8s %8s%n", "", "ng/mL", "remain", "remain", "remain",
        "1e9/L", "1e9/L", "g/dL");
    for (int i = 0; i < p.size(); i += (i < 28 ? 2 : 7)) {
      out.printf(Locale.ROOT, "%5d %10.4f %9.3f %9.3f %9.3f %8.2f %8.0f %8.2f%n", i,
          p.value(i, "conc_ng_per_ml"), p.value(i, "ikzf3_pb"), p.value(i, "ikzf1_marrow"),
          p.value(i, "ikzf_tumour"), p.value(i, "anc_e9_per_l"), p.value(i, "platelets_e9_per_l"),
          p.value(i, "m_protein_g_per_dl"));
    }
    double[] anc = p.column("anc_e9_per_l");
    int nadirDay = 0;
    for (int i = 1; i < anc.length; i++) {
      if (anc[i] < anc[nadirDay]) {
        nadirDay = i;
      }
    }
    out.printf(Locale.ROOT, "%nANC nadir %.2f x10^9/L on day %d (pre-dose daily values).%n", anc[nadirDay],
        nadirDay);
    out.println("Next: ./escalon population --dose-ug 100 --schedule \"QD d1-14\" --dex-mg 40 --cycles 6 "
        + "--patients 3000 --seed 1");
    out.flush();
  }
}
