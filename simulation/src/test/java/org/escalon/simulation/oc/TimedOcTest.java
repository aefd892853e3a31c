package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.FixedOutcomeSource;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.junit.jupiter.api.Test;

/**
 * Design-only TITE-BOIN operating characteristics against an independent simulation written here the way R
 * {@code TITEgBOIN::get_oc_TITE_QuasiBOIN} is written (entry-time vectors, exponential gaps, the Weibull time to DLT
 * solved from p and α's, a decision at every arrival after a cohort, suspended arrivals lost, duration = last entry
 * + window, selection by PAVA on (y + 0.005)/(n + 0.01)), with its own random numbers: every reported quantity
 * within 4 combined standard errors (false-failure rate about 6e−5 per quantity). Thread count does not matter.
 */
class TimedOcTest {

  private static final double PHI = 0.3;
  private static final double[] P = {0.05, 0.12, 0.30, 0.45, 0.60};
  private static final int TRIALS = 4000;

  @Test
  void titeBoinAgreesWithAnIndependentSimulationOfThePackage() {
    TiteBoin d = TiteBoin.builder(PHI, 5).cohortSize(3).cohorts(12).build();
    FixedOutcomeSource src = new FixedOutcomeSource(P, new double[5], 28, 0.5, 0.5);
    TimedOc ours = TimedOc.titeBoin(d, src, 2, true, MonteCarloSettings.of(TRIALS, 11, 2));
    Independent ref = new Independent(2.0 / 28, 28);
    for (int i = 0; i < TRIALS; i++) {
      ref.trial();
    }
    for (int j = 0; j < 5; j++) {
      within4Se("selection % dose " + (j + 1), ours.oc().level(j + 1).mtdSelectionPct().value(),
          ours.oc().level(j + 1).mtdSelectionPct().se(), 100 * ref.mean(ref.sel, j), 100 * ref.se(ref.sel, j));
      within4Se("mean n dose " + (j + 1), ours.oc().level(j + 1).meanN().value(), ours.oc().level(j + 1).meanN().se(),
          ref.mean(ref.n, j), ref.se(ref.n, j));
      within4Se("mean DLT dose " + (j + 1), ours.oc().level(j + 1).meanDlt().value(),
          ours.oc().level(j + 1).meanDlt().se(), ref.mean(ref.y, j), ref.se(ref.y, j));
    }
    within4Se("duration", ours.meanDurationDays().value(), ours.meanDurationDays().se(), ref.mean(ref.dur, 0),
        ref.se(ref.dur, 0));
    double refSd = ref.se(ref.dur, 0) * Math.sqrt(TRIALS);
    // SD of an SD estimate ≈ SD·sqrt((κ − 1)/(4N)); a 10 % band is more than 4 of them for any κ < 60
    assertThat(ours.sdDurationDays()).isBetween(0.9 * refSd, 1.1 * refSd);
    TimedOc one = TimedOc.titeBoin(d, src, 2, true, MonteCarloSettings.of(600, 11, 1));
    TimedOc three = TimedOc.titeBoin(d, src, 2, true, MonteCarloSettings.of(600, 11, 3));
    assertThat(three).isEqualTo(one);
  }

  @Test
  void boinWithWaitingCohortsHasTheTrialsOfThePlainRun() {
    Boin b = Boin.builder(PHI, 5).cohortSize(3).cohorts(12).build();
    FixedOutcomeSource src = new FixedOutcomeSource(P, new double[5], 28, 0.5, 0.5);
    MonteCarloSettings mc = MonteCarloSettings.of(1000, 5, 2);
    TimedOc t = TimedOc.waitingCohorts(b, src, 2, PHI, false, mc);
    OperatingCharacteristics plain = MonteCarloOc.run(b, org.escalon.simulation.trial.FixedToxicity.of(P), PHI, mc);
    assertThat(t.oc()).isEqualTo(plain);
    // every cohort waits a full window after its last patient: at least 12 windows (a cohort cannot start before
    // the previous one's window ends)
    assertThat(t.meanDurationDays().value()).isGreaterThan(12 * 28);
  }

  private static void within4Se(String what, double a, double seA, double b, double seB) {
    double se = Math.sqrt(seA * seA + seB * seB);
    assertThat(Math.abs(a - b)).as(what + ": ours " + a + " ± " + seA + ", independent " + b + " ± " + seB)
        .isLessThanOrEqualTo(4 * se + 1e-12);
  }

  /** The package's simulation, written out; its own generator. */
  private static final class Independent {
    final UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20260101L);
    final double rate;
    final double maxt;
    final List<double[]> sel = new ArrayList<>();
    final List<double[]> n = new ArrayList<>();
    final List<double[]> y = new ArrayList<>();
    final List<double[]> dur = new ArrayList<>();
    final double le = Math.log((1 - 0.18) / (1 - PHI)) / Math.log(PHI * (1 - 0.18) / (0.18 * (1 - PHI)));
    final double ld = Math.log((1 - PHI) / (1 - 0.42)) / Math.log(0.42 * (1 - PHI) / (PHI * (1 - 0.42)));

    Independent(double rate, double maxt) {
      this.rate = rate;
      this.maxt = maxt;
    }

    double rexp() {
      return -Math.log(1 - rng.nextDouble()) / rate;
    }

    /** The package's gen.tite: Weibull with P(T ≤ maxt) = p, P(T ≤ maxt/2) = p/2; no DLT → event time maxt. */
    double eventTime(double p) {
      double alpha = Math.log(Math.log(1 - p) / Math.log(1 - 0.5 * p)) / Math.log(1 / (1 - 0.5));
      double lambda = -Math.log(1 - p) / Math.pow(maxt, alpha);
      double t = Math.pow(-Math.log(1 - rng.nextDouble()) / lambda, 1 / alpha);
      return t <= maxt ? t : Double.NaN;
    }

    void trial() {
      List<Double> enter = new ArrayList<>();
      List<Double> event = new ArrayList<>(); // NaN = no DLT
      List<Integer> dose = new ArrayList<>();
      int d = 1;
      double tDec = 0;
      boolean early = false;
      int[] elim = {0, 0, 0, 0, 0};
      for (int i = 1; i <= 12; i++) {
        for (int j = 0; j < 3; j++) {
          enter.add(j == 0 ? tDec : enter.get(enter.size() - 1) + rexp());
          event.add(eventTime(P[d - 1]));
          dose.add(d);
        }
        tDec = enter.get(enter.size() - 1);
        if (i == 12) {
          break;
        }
        boolean pending = true;
        while (pending) {
          pending = false;
          tDec += rexp();
          int[] nn = new int[5];
          int[] yy = new int[5];
          int[] mm = new int[5];
          double[] ft = new double[5];
          for (int k = 0; k < enter.size(); k++) {
            int dd = dose.get(k) - 1;
            nn[dd]++;
            double e = event.get(k);
            double t = e == e ? e : maxt;
            if (enter.get(k) + t <= tDec) {
              yy[dd] += e == e ? 1 : 0;
            } else {
              mm[dd]++;
              ft[dd] += Math.min(t, tDec - enter.get(k));
            }
          }
          for (int dd = 0; dd < 5; dd++) {
            if (nn[dd] >= 3 && 1 - new BetaDistribution(yy[dd] + 1, nn[dd] - yy[dd] + 1)
                .cumulativeProbability(PHI) > 0.95) {
              for (int q = dd; q < 5; q++) {
                elim[q] = 1;
              }
              break;
            }
          }
          if (elim[d - 1] == 1) {
            int first = 0;
            while (elim[first] == 0) {
              first++;
            }
            d = first;
            if (d == 0) {
              early = true;
            }
            break;
          }
          int c = d - 1;
          if (mm[c] > nn[c] * 0.5) {
            pending = true;
            continue;
          }
          double phat = mm[c] == 0 ? (double) yy[c] / nn[c] : yy[c] / (nn[c] - mm[c] + ft[c] / maxt);
          if (phat <= le) {
            if (d < 5 && elim[d] == 0) {
              d++;
            }
          } else if (phat >= ld) {
            if (d == 1) {
              pending = mm[c] > 0;
            } else {
              d--;
            }
          }
        }
        if (early) {
          break;
        }
      }
      double[] nd = new double[5];
      double[] yd = new double[5];
      for (int k = 0; k < enter.size(); k++) {
        nd[dose.get(k) - 1]++;
        double e = event.get(k);
        yd[dose.get(k) - 1] += e == e ? 1 : 0;
      }
      double[] s = new double[5];
      int mtd = early ? 0 : select(nd, yd);
      if (mtd > 0) {
        s[mtd - 1] = 1;
      }
      sel.add(s);
      n.add(nd);
      y.add(yd);
      double last = 0;
      for (double e : enter) {
        last = Math.max(last, e);
      }
      dur.add(new double[] {last + maxt});
    }

    /** select_mtd_TITE_QuasiBOIN: elimination on final data, PAVA on (y + 0.005)/(n + 0.01), closest to φ. */
    int select(double[] nd, double[] yd) {
      int k = 5;
      for (int j = 0; j < 5; j++) {
        if (nd[j] >= 3 && 1 - new BetaDistribution(yd[j] + 1, nd[j] - yd[j] + 1).cumulativeProbability(PHI) > 0.95) {
          k = j;
          break;
        }
      }
      List<Integer> idx = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        if (nd[j] > 0) {
          idx.add(j);
        }
      }
      if (k == 0 || idx.isEmpty()) {
        return 0;
      }
      int m = idx.size();
      double[] x = new double[m];
      double[] w = new double[m];
      for (int i = 0; i < m; i++) {
        double a = yd[idx.get(i)];
        double b = nd[idx.get(i)];
        x[i] = (a + 0.005) / (b + 0.01);
        w[i] = 1 / ((a + 0.005) * (b - a + 0.005) / ((b + 0.01) * (b + 0.01) * (b + 0.01 + 1)));
      }
      // the package's PAVA: merge the first violating adjacent level sets until none is left
      int[] lvl = new int[m];
      for (int i = 0; i < m; i++) {
        lvl[i] = i;
      }
      while (true) {
        int v = -1;
        for (int i = 0; i + 1 < m; i++) {
          if (x[i + 1] < x[i]) {
            v = i;
            break;
          }
        }
        if (v < 0) {
          break;
        }
        int l1 = lvl[v];
        int l2 = lvl[v + 1];
        double sw = 0;
        double sx = 0;
        for (int i = 0; i < m; i++) {
          if (lvl[i] == l1 || lvl[i] == l2) {
            sw += w[i];
            sx += x[i] * w[i];
          }
        }
        for (int i = 0; i < m; i++) {
          if (lvl[i] == l1 || lvl[i] == l2) {
            x[i] = sx / sw;
            lvl[i] = l1;
          }
        }
      }
      int best = 0;
      for (int i = 0; i < m; i++) {
        x[i] += (i + 1) * 1e-10;
        if (Math.abs(x[i] - PHI) < Math.abs(x[best] - PHI)) {
          best = i;
        }
      }
      return idx.get(best) + 1;
    }

    double mean(List<double[]> v, int j) {
      double s = 0;
      for (double[] a : v) {
        s += a[j];
      }
      return s / v.size();
    }

    double se(List<double[]> v, int j) {
      double m = mean(v, j);
      double s = 0;
      for (double[] a : v) {
        s += (a[j] - m) * (a[j] - m);
      }
      return Math.sqrt(s / (v.size() - 1) / v.size());
    }
  }
}
