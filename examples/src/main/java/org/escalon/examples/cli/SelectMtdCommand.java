package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.examples.input.Numbers;
import org.escalon.simulation.study.DesignName;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.selection.IsotonicEstimates;
import org.escalon.simulation.selection.IsotonicMtdSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon select-mtd}: R {@code BOIN::select.mtd(target, npts, ntox, cutoff.eli, extrasafe, offset,
 * boundMTD, p.tox)} on a trial's final data — the MTD and, per dose, the isotonic toxicity estimate with its 95 %
 * credible interval and the probability of overdosing ({@link IsotonicMtdSelector}, {@link IsotonicEstimates}).
 * What a trial statistician runs at the end of a BOIN trial.
 */
@Command(name = "select-mtd", mixinStandardHelpOptions = true,
    description = "Select the MTD from a trial's final data as R BOIN's select.mtd does, with the isotonic "
        + "estimate of each dose's DLT probability and its 95%% credible interval.")
public final class SelectMtdCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--design", defaultValue = "boin", paramLabel = "DESIGN",
      description = "boin (BOIN's selection, which i3+3, mtpi2 and keyboard share). Default: ${DEFAULT-VALUE}.")
  String design;

  @Option(names = "--target", paramLabel = "PHI", description = "Target DLT probability, in [0.05, 0.6] (required).")
  Double target;

  @Option(names = "--n", required = true, paramLabel = "N1,N2,...",
      description = "Patients treated at each dose (R's npts), whole numbers >= 0.")
  String n;

  @Option(names = "--y", required = true, paramLabel = "Y1,Y2,...",
      description = "DLTs at each dose (R's ntox), 0 <= y <= n.")
  String y;

  // the names, descriptions and defaults of oc's options (IntervalDesignOptions)
  @Option(names = "--cutoff-eli", defaultValue = "0.95", paramLabel = "P", description = "Eliminate a dose and the "
      + "higher ones when Pr(p > target | data) exceeds P, in (0, 1) (R cutoff.eli). Default: 0.95.")
  double cutoffEli;

  @Option(names = "--extrasafe", description = "No MTD when dose 1 is too toxic at the stricter cutoff "
      + "cutoff-eli - offset (R extrasafe).")
  boolean extrasafe;

  @Option(names = "--offset", defaultValue = "0.05", paramLabel = "X",
      description = "The extra-safe offset, in [0, 0.5) and below --cutoff-eli (R offset). Default: 0.05.")
  double offset;

  @Option(names = "--bound-mtd", description = "The MTD's isotonic estimate must not exceed the de-escalation "
      + "boundary lambda_d (R boundMTD).")
  boolean boundMtd;

  @Option(names = {"--phi2", "--p-tox"}, paramLabel = "P", description = "The lowest DLT probability deemed "
      + "overdosing (R p.tox), < 1 and at least 1.1 x target; sets lambda_d for --bound-mtd. Default: 1.4 x target. "
      + "--p-tox is accepted as R's name.")
  Double pTox;

  @Mixin FormatOption format;

  @Override
  public void run() {
    String fmt = format.format(FORMATS);
    DesignName name;
    try {
      name = DesignName.parse(design);
    } catch (IllegalArgumentException e) {
      name = null;
    }
    if (name != DesignName.BOIN) {
      throw UsageException.of("--design", design, "boin (BOIN's selection; i3+3, mtpi2 and keyboard use the same)");
    }
    if (target == null) {
      throw UsageException.of("--target", "(missing)", "a number in [0.05, 0.6]");
    }
    int[] nn = counts("--n", n);
    int[] yy = counts("--y", y);
    if (nn.length != yy.length) {
      throw UsageException.of("--y", y, "one count per dose: --n has " + nn.length + " doses, --y " + yy.length);
    }
    for (int j = 0; j < nn.length; j++) {
      if (yy[j] > nn[j]) {
        throw UsageException.of("--y", y, "at most n DLTs per dose; dose " + (j + 1) + " has y = " + yy[j]
            + " > n = " + nn[j]);
      }
    }
    int total = 0;
    for (int v : nn) {
      total += v;
    }
    // the same design limits as oc and boundaries (target range, cutoff, p.tox > target), through BOIN's builder
    Boin.Builder b = Boin.builder(target, nn.length).cutoffEli(cutoffEli).extrasafe(extrasafe).offset(offset)
        .boundMtd(boundMtd);
    if (pTox != null) {
      try {
        b.phi2(pTox);
      } catch (IllegalArgumentException e) { // the library's limit, under the name the user typed
        String typed = spec.commandLine().getParseResult().originalArgs().stream()
            .anyMatch(arg -> arg.equals("--phi2") || arg.startsWith("--phi2=")) ? "--phi2" : "--p-tox";
        String m = e.getMessage();
        throw UsageException.of(typed, Check.typed(spec, "--phi2", String.valueOf(pTox)),
            m.substring(m.indexOf(": must be ") + ": must be ".length()));
      }
    }
    Boin boin = b.build();
    IsotonicMtdSelector selector = IsotonicMtdSelector.of(target, cutoffEli, extrasafe, offset,
        boundMtd ? boin.lambdaD() : Double.NaN, Math.max(1, total));
    int mtd = selector.select(nn, yy);
    IsotonicEstimates est = IsotonicEstimates.of(target, nn, yy);
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (fmt) {
      case "json" -> json(mtd, est);
      case "csv" -> csv(est, nn, yy);
      default -> table(mtd, est, nn, yy);
    });
    out.flush();
  }

  private static int[] counts(String option, String text) {
    double[] v;
    try {
      v = Numbers.parseList(option, text);
    } catch (IllegalArgumentException e) {
      throw UsageException.of(option, text, "comma-separated whole numbers >= 0, one per dose");
    }
    if (v.length > 100) {
      throw UsageException.of(option, text, "at most 100 doses");
    }
    int[] out = new int[v.length];
    for (int j = 0; j < v.length; j++) {
      if (!(v[j] >= 0 && v[j] <= 1000 && v[j] == Math.rint(v[j]))) {
        throw UsageException.of(option, text, "comma-separated whole numbers in [0, 1000], one per dose");
      }
      out[j] = (int) v[j];
    }
    return out;
  }

  private String json(int mtd, IsotonicEstimates est) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("target", target);
    m.put("mtd", mtd == 0 ? null : mtd);
    m.put("estimate", nullable(est.estimate()));
    m.put("ci_lower", nullable(est.ciLower()));
    m.put("ci_upper", nullable(est.ciUpper()));
    m.put("p_overdose", nullable(est.pOverdose()));
    return Json.write(m) + "\n";
  }

  /** One row per dose: {@code dose,n,y,estimate,ci_lower,ci_upper,p_overdose}, empty cells where untreated. */
  static String csv(IsotonicEstimates est, int[] nn, int[] yy) {
    StringBuilder sb = new StringBuilder("dose,n,y,estimate,ci_lower,ci_upper,p_overdose\n");
    double[][] cols = {est.estimate(), est.ciLower(), est.ciUpper(), est.pOverdose()};
    for (int j = 0; j < nn.length; j++) {
      sb.append(j + 1).append(',').append(nn[j]).append(',').append(yy[j]);
      for (double[] c : cols) {
        sb.append(',').append(Double.isNaN(c[j]) ? "" : Double.toString(c[j]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The formats of {@code select-mtd}. */
  static final List<String> FORMATS = List.of("table", "json", "csv");

  private static List<Double> nullable(double[] v) {
    List<Double> out = new ArrayList<>(v.length);
    for (double x : v) {
      out.add(Double.isNaN(x) ? null : x);
    }
    return out;
  }

  /** R's summary: the MTD line, then dose, n, y, estimate, 95 % CI and Pr(overdose) to two decimals. */
  private String table(int mtd, IsotonicEstimates est, int[] nn, int[] yy) {
    StringBuilder s = new StringBuilder();
    s.append(mtd == 0 ? "No MTD: the lowest dose is too toxic (or no dose can be selected).\n"
        : "The MTD is dose level " + mtd + ".\n");
    s.append(String.format(Locale.ROOT, "%-6s %4s %4s %10s %16s %12s%n", "dose", "n", "y", "estimate",
        "95% CI", "P(overdose)"));
    double[] e = est.estimate();
    double[] lo = est.ciLower();
    double[] hi = est.ciUpper();
    double[] po = est.pOverdose();
    for (int j = 0; j < nn.length; j++) {
      boolean t = nn[j] > 0;
      s.append(String.format(Locale.ROOT, "%-6d %4d %4d %10s %16s %12s%n", j + 1, nn[j], yy[j],
          t ? f2(e[j]) : "----", t ? "(" + f2(lo[j]) + ", " + f2(hi[j]) + ")" : "----", t ? f2(po[j]) : "----"));
    }
    return s.toString();
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
