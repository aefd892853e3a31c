package org.escalon.core.output;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.escalon.core.pd.AdverseEvent;

/**
 * Rates over simulated patients, each an {@link Estimate#proportion(long, long) Estimate.proportion} with its
 * binomial standard error {@code sqrt(p(1−p)/n)}. Immutable. Built by an {@link Accumulator} that sees one patient
 * at a time, so a population of any size is summarised in constant memory.
 *
 * @param n number of patients in the rates
 * @param orr overall response rate (best confirmed response PR or better)
 * @param cbr clinical benefit rate (MR or better)
 * @param vgprOrBetter VGPR rate
 * @param neutropeniaG3plus worst neutropenia grade &ge; 3 over the whole treatment
 * @param neutropeniaG4 worst neutropenia grade 4
 * @param dltCycle1 cycle-1 DLT rate
 * @param aeAny any-grade rate per adverse event
 * @param aeG3plus grade &ge; 3 rate per adverse event
 * @param meanAucCycle1 mean cycle-1 AUC (ng·h/mL)
 * @param meanCmaxCycle1 mean cycle-1 Cmax (ng/mL)
 * @param failed patients whose simulation failed numerically and who were counted as failed, not in the rates
 */
public record PopulationSummary(int n, Estimate orr, Estimate cbr, Estimate vgprOrBetter, Estimate neutropeniaG3plus,
    Estimate neutropeniaG4, Estimate dltCycle1, Map<AdverseEvent, Estimate> aeAny, Map<AdverseEvent, Estimate> aeG3plus,
    double meanAucCycle1, double meanCmaxCycle1, int failed) {

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param aeAny any-grade rate per adverse event
   * @param n number of patients in the rates
   * @param orr overall response rate (best confirmed response PR or better)
   * @param cbr clinical benefit rate (MR or better)
   * @param vgprOrBetter VGPR rate
   * @param neutropeniaG3plus worst neutropenia grade &ge; 3 over the whole treatment
   * @param neutropeniaG4 worst neutropenia grade 4
   * @param dltCycle1 cycle-1 DLT rate
   * @param aeG3plus grade &ge; 3 rate per adverse event
   * @param meanAucCycle1 mean cycle-1 AUC (ng·h/mL)
   * @param meanCmaxCycle1 mean cycle-1 Cmax (ng/mL)
   * @param failed patients whose simulation failed numerically and who were counted as failed, not in the rates
   */
  public PopulationSummary {
    aeAny = Map.copyOf(aeAny);
    aeG3plus = Map.copyOf(aeG3plus);
    if (failed < 0) {
      throw new IllegalArgumentException("failed = " + failed + ": must be >= 0");
    }
  }

  /**
   * Summarises {@code results} (at least one), in list order.
   *
   * @param results the patients' results
   * @return summarises {@code results} (at least one), in list order
   */
  public static PopulationSummary of(List<PatientResult> results) {
    Objects.requireNonNull(results, "results");
    Accumulator a = new Accumulator();
    for (PatientResult r : results) {
      a.add(r);
    }
    return a.summary();
  }

  /**
   * Adds patients one at a time (in patient order, so that the mean AUC and Cmax are the same sums whatever the
   * number of threads that simulated them); keeps counts and two sums, never the patients. Mutable, not
   * thread-safe.
   */
  public static final class Accumulator {
    private static final int AE = AdverseEvent.values().length;
    private int n;
    private int failed;
    private int orr;
    private int cbr;
    private int vgpr;
    private int neutropeniaG3;
    private int neutropeniaG4;
    private int dlt;
    private final int[] any = new int[AE];
    private final int[] g3 = new int[AE];
    private double auc;
    private double cmax;

    /**
     * Adds one simulated patient.
     *
     * @param r adds one simulated patient
     */
    public void add(PatientResult r) {
      Objects.requireNonNull(r, "result");
      n++;
      orr += r.bestResponse().isObjectiveResponse() ? 1 : 0;
      cbr += r.bestResponse().isClinicalBenefit() ? 1 : 0;
      vgpr += r.bestResponse() == ImwgResponse.VGPR ? 1 : 0;
      neutropeniaG3 += r.grade(AdverseEvent.NEUTROPENIA) >= 3 ? 1 : 0;
      neutropeniaG4 += r.grade(AdverseEvent.NEUTROPENIA) >= 4 ? 1 : 0;
      dlt += r.dlt() ? 1 : 0;
      for (AdverseEvent e : AdverseEvent.values()) {
        int g = r.grade(e);
        any[e.ordinal()] += g > 0 ? 1 : 0;
        g3[e.ordinal()] += g >= 3 ? 1 : 0;
      }
      auc += r.aucCycle1();
      cmax += r.cmaxCycle1();
    }

    /** Counts one patient whose simulation failed (left out of the rates). */
    public void addFailed() {
      failed++;
    }

    /**
     * Patients simulated so far (in the rates).
     *
     * @return patients simulated so far (in the rates)
     */
    public int simulated() {
      return n;
    }

    /**
     * Patients added so far, simulated or failed.
     *
     * @return patients added so far, simulated or failed
     */
    public long seen() {
      return (long) n + failed;
    }

    /**
     * The summary of the patients added so far.
     *
     * @return the summary of the patients added so far
     * @throws IllegalStateException when no patient was simulated
     */
    public PopulationSummary summary() {
      if (n == 0) {
        throw new IllegalStateException("no patient was simulated" + (failed > 0 ? " (" + failed
            + " failed)" : "") + ": rates need at least one");
      }
      Map<AdverseEvent, Estimate> anyRates = new EnumMap<>(AdverseEvent.class);
      Map<AdverseEvent, Estimate> g3Rates = new EnumMap<>(AdverseEvent.class);
      for (AdverseEvent e : AdverseEvent.values()) {
        anyRates.put(e, Estimate.proportion(any[e.ordinal()], n));
        g3Rates.put(e, Estimate.proportion(g3[e.ordinal()], n));
      }
      return new PopulationSummary(n, Estimate.proportion(orr, n), Estimate.proportion(cbr, n),
          Estimate.proportion(vgpr, n), Estimate.proportion(neutropeniaG3, n), Estimate.proportion(neutropeniaG4, n),
          Estimate.proportion(dlt, n), anyRates, g3Rates, auc / n, cmax / n, failed);
    }
  }
}
