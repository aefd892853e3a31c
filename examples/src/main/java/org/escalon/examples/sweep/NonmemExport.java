package org.escalon.examples.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.core.output.PatientResult;
import org.escalon.core.regimen.Regimen;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.PatientOutcome;

/**
 * Simulated trial patients in the NONMEM data layout, one CSV row per record, sorted by ID then TIME (at equal
 * times the observation, a pre-dose value, comes before the dose):
 *
 * <pre>
 *   ID    unique per (grid point, arm, design, trial, patient), 1, 2, ...
 *   TIME  hours since the patient's first dose (cycle 1 day 1 00:00)
 *   AMT   dose (cemsidomide µg, dexamethasone mg); 0 on observation records
 *   CMT   1 cemsidomide depot, 2 dexamethasone depot; 3 ANC, 4 M-protein (observations)
 *   EVID  1 dose, 0 observation
 *   MDV   1 dose, 0 observation
 *   DV    observation (ANC 1e9/L, M-protein g/dL); 0 on dose records
 *   DVID  0 dose, 1 ANC (daily, end of day), 2 M-protein (end of each cycle)
 *   POINT, ARM, DESIGN, TRIAL (1-based), PATIENT (enrolment order, 1-based), LEVEL, DOSE_UG, DEX_MG, AGE, DLT,
 *   START_DAY (trial day the patient started)
 * </pre>
 *
 * Dosing records are the doses the simulated patient actually took ({@link PatientResult#cemsidomideDailyUg()},
 * {@link PatientResult#dexamethasoneDailyMg()}): no record on held days, reduced amounts after a reduction, the
 * dexamethasone dose after the age rule, nothing after discontinuation or progression; cemsidomide before
 * dexamethasone at equal times. Only escalation patients are written. Not thread-safe: feed it
 * from {@link CoupledStudy.TrialListener}, which is called one trial at a time in trial order.
 */
public final class NonmemExport implements Closeable {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("ID", "TIME", "AMT", "CMT", "EVID", "MDV", "DV", "DVID",
      "POINT", "ARM", "DESIGN", "TRIAL", "PATIENT", "LEVEL", "DOSE_UG", "DEX_MG", "AGE", "DLT", "START_DAY");

  private final CSVPrinter csv;
  private final int maxTrials;
  private long nextId = 1;
  private long rows;

  /**
   * @param out where to write (closed by {@link #close()})
   * @param maxTrials export trials 0 .. maxTrials−1 of every grid point (≥ 1)
   */
  public NonmemExport(Writer out, int maxTrials) {
    if (maxTrials < 1) {
      throw new IllegalArgumentException("maxTrials must be >= 1, got " + maxTrials);
    }
    this.maxTrials = maxTrials;
    try {
      this.csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
          .setHeader(COLUMNS.toArray(new String[0])).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rows written so far (not counting the header).
   *
   * @return rows written so far (not counting the header)
   */
  public long rows() {
    return rows;
  }

  private record Row(double timeH, int evid, Object[] values) { }

  /**
   * Writes the patients of one trial record of grid point {@code point} (ignored past the cap).
   *
   * @param point the grid point
   * @param t the trial, with its arm, design and patients
   */
  public void add(GridPoint point, CoupledStudy.TrialRecord t) {
    if (t.trialIndex() >= maxTrials) {
      return;
    }
    CoupledStudy.Settings s = point.settings();
    Arm arm = s.arms().get(t.armIndex());
    String design = s.designs().get(t.designIndex()).name();
    int[] levels = t.result().patientLevels();
    double[] start = t.result().patientStartDays();
    for (int k = 0; k < t.patients().size(); k++) {
      PatientOutcome o = t.patients().get(k);
      PatientResult r = o.detail();
      if (r == null) {
        continue;   // no PK/PD course (fixed-probability source)
      }
      DoseLevel lv = arm.levels().get(levels[k] - 1);
      long id = nextId++;
      double age = s.model().trialPatient(s.monteCarlo().seed(), t.trialIndex(), k).covariates().ageYears();
      Regimen reg = lv.regimen(point.cycles()).withDexDoseMg(r.dexDoseMg());
      List<Row> rs = new ArrayList<>();
      double[] cemUg = r.cemsidomideDailyUg();
      double[] dexMg = r.dexamethasoneDailyMg();
      for (int d = 0; d < cemUg.length; d++) {
        if (cemUg[d] > 0) {
          rs.add(new Row(d * 24.0, 1, new Object[] {cemUg[d], 1, 1, 1, 0, 0}));
        }
        if (dexMg[d] > 0) {
          rs.add(new Row(d * 24.0, 1, new Object[] {dexMg[d], 2, 1, 1, 0, 0}));
        }
      }
      double[] anc = r.ancDaily();
      for (int d = 0; d < anc.length; d++) {
        rs.add(new Row((d + 1) * 24.0, 0, new Object[] {0, 3, 0, 0, anc[d], 1}));
      }
      double[] mp = r.mProteinAssessments();
      for (int c = 0; c < mp.length; c++) {
        rs.add(new Row((c + 1) * reg.cycleLengthDays() * 24.0, 0, new Object[] {0, 4, 0, 0, mp[c], 2}));
      }
      rs.sort(Comparator.comparingDouble(Row::timeH).thenComparingInt(Row::evid));
      try {
        for (Row row : rs) {
          Object[] v = row.values();
          csv.printRecord(id, num(row.timeH()), num(v[0]), v[1], v[2], v[3], num(v[4]), v[5], point.index(),
              arm.name(), design, t.trialIndex() + 1, k + 1, levels[k], num(lv.doseUg()), num(r.dexDoseMg()),
              num(age), r.dlt() ? 1 : 0, num(start[k]));
          rows++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String num(Object o) {
    if (o instanceof Integer i) {
      return Integer.toString(i);
    }
    double v = ((Number) o).doubleValue();
    if (!Double.isFinite(v)) {
      return "NA";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(7)).stripTrailingZeros().toPlainString();
  }

  @Override
  public void close() throws IOException {
    csv.close(true);
  }
}
