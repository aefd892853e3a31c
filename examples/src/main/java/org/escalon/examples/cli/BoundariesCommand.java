package org.escalon.examples.cli;

import java.io.PrintWriter;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.DecisionTable;
import org.escalon.simulation.design.I3Plus3;
import org.escalon.simulation.design.IntervalDesign;
import org.escalon.simulation.design.Keyboard;
import org.escalon.simulation.design.Mtpi2;
import org.escalon.simulation.design.ThreePlusThree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon boundaries}: the escalation / de-escalation / elimination boundaries of an interval design for
 * every n from 1 to cohorts × cohort size (R {@code BOIN::get.boundary}'s table extended to every n).
 */
@Command(name = "boundaries", mixinStandardHelpOptions = true,
    description = "Print an interval design's decision boundaries for every number of patients n: escalate if "
        + "y <= escalate_if_le, de-escalate if y >= deescalate_if_ge, eliminate the dose and higher ones if "
        + "y >= eliminate_if_ge (NA where no such count exists).")
public final class BoundariesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--design", defaultValue = "boin", paramLabel = "DESIGN",
      description = "boin, i3+3, mtpi2 or keyboard. Default: ${DEFAULT-VALUE}.")
  String design;

  @Option(names = "--target", paramLabel = "PHI",
      description = "Target DLT probability, in [0.05, 0.6] (required except for 3+3 decisions).")
  Double target;

  @Option(names = "--cohort-size", defaultValue = "3", paramLabel = "C",
      description = "Patients per cohort. Default: ${DEFAULT-VALUE}.")
  int cohortSize;

  @Option(names = "--cohorts", defaultValue = "10", paramLabel = "M",
      description = "Number of cohorts; rows go up to n = cohorts x cohort size. Default: ${DEFAULT-VALUE}.")
  int cohorts;

  @Option(names = "--cutoff-eli", defaultValue = "0.95", paramLabel = "P",
      description = "Eliminate when Pr(p > target | data) exceeds this. Default: ${DEFAULT-VALUE}.")
  double cutoffEli;

  @Option(names = "--phi1", paramLabel = "P", description = "BOIN only: underdosing probability (default 0.6 x target).")
  Double phi1;

  @Option(names = "--phi2", paramLabel = "P", description = "BOIN only: overdosing probability (default 1.4 x target).")
  Double phi2;

  @Option(names = "--eps1", defaultValue = "0.05", paramLabel = "E",
      description = "i3+3/mtpi2/keyboard: target interval starts at target - eps1. Default: ${DEFAULT-VALUE}.")
  double eps1;

  @Option(names = "--eps2", defaultValue = "0.05", paramLabel = "E",
      description = "i3+3/mtpi2/keyboard: target interval ends at target + eps2. Default: ${DEFAULT-VALUE}.")
  double eps2;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "csv, table, or decisions (the E/S/D/DU decision for every n and y; also for --design 3+3). "
          + "Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public void run() {
    if (!format.equals("csv") && !format.equals("table") && !format.equals("decisions")) {
      throw UsageException.of("--format", format, "csv, table or decisions");
    }
    DesignChoice choice = DesignChoice.parse("--design", design, format.equals("decisions"));
    PrintWriter out = spec.commandLine().getOut();
    if (choice == DesignChoice.THREE_PLUS_THREE) {
      out.print("3+3 (rows n = 3 and 6 decide; E at n = 6 means the dose is passed)\n"
          + decisions(ThreePlusThree.of(1).decisionTable()));
      out.flush();
      return;
    }
    double phi = DesignChoice.target(target, true);
    DesignChoice.checkRange("--cohort-size", cohortSize, 1, 100);
    DesignChoice.checkRange("--cohorts", cohorts, 1, 1000);
    if (cohortSize * cohorts > 1000) {
      throw UsageException.of("--cohorts", cohorts, "at most 1000 patients in all (cohorts x cohort size)");
    }
    if (!(cutoffEli > 0 && cutoffEli < 1)) {
      throw UsageException.of("--cutoff-eli", cutoffEli, "a number in (0, 1)");
    }
    if (choice != DesignChoice.BOIN && (phi1 != null || phi2 != null)) {
      throw UsageException.of(phi1 != null ? "--phi1" : "--phi2", phi1 != null ? phi1 : phi2,
          "only with --design boin");
    }
    IntervalDesign d = switch (choice) {
      case BOIN -> {
        Boin.Builder b = Boin.builder(phi, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli);
        if (phi1 != null) {
          b.phi1(phi1);
        }
        if (phi2 != null) {
          b.phi2(phi2);
        }
        yield b.build();
      }
      case I3PLUS3 -> I3Plus3.builder(phi, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli)
          .eps1(eps1).eps2(eps2).build();
      case MTPI2 -> Mtpi2.builder(phi, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli)
          .eps1(eps1).eps2(eps2).build();
      case KEYBOARD -> Keyboard.builder(phi, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli)
          .eps1(eps1).eps2(eps2).build();
      default -> throw new IllegalStateException(choice.toString());
    };
    out.print(switch (format) {
      case "csv" -> csv(d.decisionTable());
      case "decisions" -> d.name() + "\n" + decisions(d.decisionTable());
      default -> table(d);
    });
    out.flush();
  }

  /** The CSV text: a header and one row per n. */
  static String csv(DecisionTable t) {
    StringBuilder sb = new StringBuilder("n,escalate_if_le,deescalate_if_ge,eliminate_if_ge\n");
    for (int n = 1; n <= t.maxN(); n++) {
      sb.append(n).append(',').append(na(t.escalateIfLe(n))).append(',').append(na(t.deescalateIfGe(n)))
          .append(',').append(na(t.eliminateIfGe(n))).append('\n');
    }
    return sb.toString();
  }

  private static String table(IntervalDesign d) {
    DecisionTable t = d.decisionTable();
    StringBuilder sb = new StringBuilder(d.name()).append('\n');
    if (d instanceof Boin b) {
      sb.append(String.format(java.util.Locale.ROOT, "lambda_e = %.7f, lambda_d = %.7f%n", b.lambdaE(), b.lambdaD()));
    }
    sb.append(String.format(java.util.Locale.ROOT, "%5s  %16s  %19s  %18s%n",
        "n", "escalate if y <=", "de-escalate if y >=", "eliminate if y >="));
    for (int n = 1; n <= t.maxN(); n++) {
      sb.append(String.format(java.util.Locale.ROOT, "%5d  %16s  %19s  %18s%n",
          n, na(t.escalateIfLe(n)), na(t.deescalateIfGe(n)), na(t.eliminateIfGe(n))));
    }
    return sb.toString();
  }

  /** One row per n: {@code n: d(y=0) d(y=1) ... d(y=n)}. */
  static String decisions(DecisionTable t) {
    StringBuilder sb = new StringBuilder("n: decision for y = 0, 1, ..., n DLTs\n");
    sb.append(t);
    return sb.toString();
  }

  private static String na(int v) {
    return v < 0 ? "NA" : Integer.toString(v);
  }
}
