package org.escalon.examples;

import java.util.List;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.compare.CompareScenario;
import org.escalon.simulation.pkpd.CoupledStudy;

/**
 * Cemsidomide 14 days on / 14 off versus 21 on / 7 off, with dexamethasone 40 mg weekly, escalated by 3+3 and
 * BOIN on PK/PD virtual patients. Run: {@code java -cp examples/target/escalon.jar
 * org.escalon.examples.ScheduleComparison [trials]}.
 */
public final class ScheduleComparison {
  private ScheduleComparison() {}

  /**
   * Runs the comparison and prints the table.
   *
   * @param args optional: the number of trials (default 500)
   */
  public static void main(String[] args) {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    CompareScenario scenario = CompareScenario.defaults()
        .withSchedules(List.of(Schedule.parse("QD d1-14"), Schedule.parse("QD d1-21")))
        .withDesigns(List.of("3+3A", "boin"))
        .withRun(trials, 4000, 1, 2);
    CoupledStudy.Result result = CoupledStudy.run(scenario.settings());
    System.out.print(CompareReport.table(result));
  }
}
