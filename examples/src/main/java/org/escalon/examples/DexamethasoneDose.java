package org.escalon.examples;

import java.util.List;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.compare.CompareScenario;
import org.escalon.simulation.pkpd.CoupledStudy;

/**
 * Dexamethasone 20 mg versus 40 mg weekly with cemsidomide QD d1-14, escalated by BOIN on the same virtual
 * patients (patients older than 75 get at most 20 mg in both arms, as usual). Run: {@code java -cp
 * examples/target/escalon.jar org.escalon.examples.DexamethasoneDose [trials]}.
 */
public final class DexamethasoneDose {
  private DexamethasoneDose() {}

  /**
   * Runs the comparison and prints the table.
   *
   * @param args optional: the number of trials (default 500)
   */
  public static void main(String[] args) {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    CompareScenario scenario = CompareScenario.defaults()
        .withSchedules(List.of(Schedule.parse("QD d1-14")))
        .withDexMg(20, 40)
        .withDesigns(List.of("boin"))
        .withRun(trials, 4000, 1, 2);
    CoupledStudy.Result result = CoupledStudy.run(scenario.settings());
    System.out.print(CompareReport.table(result));
  }
}
