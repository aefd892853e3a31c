package org.escalon.examples;

import java.util.List;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.compare.CompareScenario;
import org.escalon.simulation.pkpd.CoupledStudy;

/**
 * Every escalation design on one schedule (QD d1-14 + dexamethasone 40 mg), on the same virtual patients:
 * 3+3 A and B, BOIN, i3+3, mTPI-2 and Keyboard (target 0.3, 10 cohorts of 3). Run: {@code java -cp
 * examples/target/escalon.jar org.escalon.examples.CompareDesigns [trials]}.
 */
public final class CompareDesigns {
  private CompareDesigns() {}

  /**
   * Runs the comparison and prints the table.
   *
   * @param args optional: the number of trials (default 500)
   */
  public static void main(String[] args) {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    CompareScenario scenario = CompareScenario.defaults()
        .withSchedules(List.of(Schedule.parse("QD d1-14")))
        .withDesigns(List.of("3+3A", "3+3B", "boin", "i3+3", "mtpi2", "keyboard"))
        .withRun(trials, 4000, 1, 2);
    CoupledStudy.Result result = CoupledStudy.run(scenario.settings());
    System.out.print(CompareReport.table(result));
  }
}
