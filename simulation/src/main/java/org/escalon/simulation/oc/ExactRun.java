package org.escalon.simulation.oc;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.trial.FixedToxicity;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * One exact-OC computation ({@link ExactOc}): the layers of states by patients treated, the binomial cohort
 * probabilities, the expectations over stopped trials and the state count for the size guard. Single use; not
 * thread-safe.
 */
final class ExactRun {

  /** States created before the growth of the state space is projected (see {@link #projection}). */
  static final long PILOT_STATES = 200_000;

  /** A projection this many times the limit refuses at once (projections overestimate: trials stop). */
  static final double REFUSE_FACTOR = 100;

  /** Thrown when more than the limit of states would be created. */
  static final class TooManyStates extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long created;
    final int patients;
    final double projected;

    TooManyStates(long created, int patients, double projected) {
      super(null, null, false, false);
      this.created = created;
      this.patients = patients;
      this.projected = projected;
    }
  }

  private final EscalationDesign design;
  private final double[] p;
  private final StateLayout layout;
  private final long limit;
  private final int k;
  private final int maxN;
  private final int maxCohort;
  private final StateMap[] layers;
  private final double[][][] pmf;
  private final int[] n;
  private final int[] y;
  private final long[] key;
  private final TrialState state;
  private long created;
  private int previousLayerSize;
  private int layerSize;
  // expectations over stopped trials
  private final double[] sel;
  private final double[] en;
  private final double[] ey;
  private double eTotal;
  private double eDlt;
  private double eAbove;
  private double mass;

  ExactRun(EscalationDesign design, FixedToxicity toxicity, StateLayout layout, long limit) {
    this.design = design;
    this.p = toxicity.probabilities();
    this.layout = layout;
    this.limit = limit;
    this.k = design.doseCount();
    this.maxN = design.maxSampleSize();
    this.maxCohort = design.maxCohortSize();
    this.layers = new StateMap[maxN + 1];
    this.pmf = new double[k][maxCohort + 1][];
    this.n = new int[k];
    this.y = new int[k];
    this.key = new long[layout.words()];
    this.state = new TrialState(k);
    this.sel = new double[k + 1];
    this.en = new double[k];
    this.ey = new double[k];
  }

  /** Runs the dynamic programme; {@code trueMtd} 0 means "% above the true MTD" is not reported. */
  OperatingCharacteristics compute(int trueMtd) {
    layers[0] = new StateMap(layout.words(), 16);
    layout.encode(n, y, 0, key);
    add(layers[0], 1.0, 0);
    for (int t = 0; t <= maxN; t++) {
      StateMap layer = layers[t];
      if (layer != null) {
        layers[t] = null;
        previousLayerSize = layerSize;
        layerSize = layer.size();
        processLayer(layer, t, trueMtd);
      }
    }
    if (Math.abs(mass - 1) > 1e-9) {
      throw new IllegalStateException("exact OC lost probability mass: " + mass + " (design " + design.name() + ")");
    }
    return result(trueMtd);
  }

  private void processLayer(StateMap layer, int t, int trueMtd) {
    for (int slot = 0; slot < layer.capacity(); slot++) {
      if (!layer.isUsed(slot)) {
        continue;
      }
      double prob = layer.value(slot);
      layer.key(slot, key);
      int current = layout.decode(key, n, y);
      state.set(n, y, current, layout.decodeLastSize(key), layout.decodeLastDlts(key));
      Recommendation r = design.decide(state);
      if (r.proceeds()) {
        branch(prob, t, r, layer.size());
      } else {
        stop(prob, t, trueMtd);
      }
    }
  }

  /** A stopped trial: adds its selection, counts and % above the true MTD, weighted by its probability. */
  private void stop(double prob, int t, int trueMtd) {
    int mtd = design.selectMtd(state);
    sel[mtd] += prob;
    int dlt = 0;
    int above = 0;
    for (int j = 0; j < k; j++) {
      en[j] += prob * n[j];
      ey[j] += prob * y[j];
      dlt += y[j];
      if (trueMtd > 0 && j >= trueMtd) {
        above += n[j];
      }
    }
    eTotal += prob * t;
    eDlt += prob * dlt;
    if (t > 0) {
      eAbove += prob * 100.0 * above / t;
    }
    mass += prob;
  }

  /** A cohort of c at dose d: spreads the state's probability over the c + 1 outcomes in layer t + c. */
  private void branch(double prob, int t, Recommendation r, int layerSize) {
    int d = r.nextDose();
    int c = r.cohortSize();
    if (t + c > maxN || c > maxCohort) {
      throw new IllegalStateException(design.name() + " asked for a cohort of " + c + " after " + t
          + " patients; its maxima are " + maxN + " patients and cohorts of " + maxCohort);
    }
    double[] b = binomial(d, c);
    StateMap next = layers[t + c];
    if (next == null) {
      next = new StateMap(layout.words(), layerSize * 2);
      layers[t + c] = next;
    }
    n[d - 1] += c;
    for (int i = 0; i <= c; i++) {
      if (b[i] != 0) {
        y[d - 1] += i;
        layout.encode(n, y, d, c, i, key);
        add(next, prob * b[i], t);
        y[d - 1] -= i;
      }
    }
    n[d - 1] -= c;
  }

  /** Adds probability to a state of {@code layer}, counting new states against the limit. */
  private void add(StateMap layer, double prob, int t) {
    int before = layer.size();
    layer.add(key, prob);
    if (layer.size() > before) {
      created++;
      if (created > limit) {
        throw new TooManyStates(created, t, Double.NaN);
      }
      if (created == PILOT_STATES && limit > PILOT_STATES) {
        double projected = projection(t);
        if (projected > REFUSE_FACTOR * limit) {
          throw new TooManyStates(created, t, projected);
        }
      }
    }
  }

  /**
   * The states a run will create if the last growth per cohort, r = (layer size) / (previous layer size), goes on
   * for the remaining cohorts R = (N − t) / c: {@code created + s·(r + r² + … + r^R)}. An overestimate (trials
   * stop, layers shrink), so it refuses only when far above the limit.
   */
  private double projection(int t) {
    if (previousLayerSize == 0 || layerSize <= previousLayerSize) {
      return created;
    }
    double r = layerSize / (double) previousLayerSize;
    int remaining = (maxN - t) / maxCohort;
    double sum = 0;
    double term = layerSize;
    for (int i = 0; i < remaining && sum < Double.MAX_VALUE; i++) {
      term *= r;
      sum += term;
    }
    return created + sum;
  }

  private double[] binomial(int d, int c) {
    double[] b = pmf[d - 1][c];
    if (b == null) {
      BinomialDistribution dist = new BinomialDistribution(c, p[d - 1]);
      b = new double[c + 1];
      for (int i = 0; i <= c; i++) {
        b[i] = dist.probability(i);
      }
      pmf[d - 1][c] = b;
    }
    return b;
  }

  private OperatingCharacteristics result(int trueMtd) {
    List<LevelOc> levels = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      levels.add(new LevelOc(Estimate.exact(100 * sel[j + 1]), Estimate.exact(en[j]), Estimate.exact(ey[j])));
    }
    return new OperatingCharacteristics(design.name(), p, trueMtd, 0, levels, Estimate.exact(100 * sel[0]),
        Estimate.exact(eTotal), Estimate.exact(eDlt),
        trueMtd > 0 ? Estimate.exact(eAbove) : new Estimate(Double.NaN, Double.NaN));
  }
}
