package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link Histograms}: bins checked by hand. */
class HistogramsTest {

  @Test
  void sampleSizesInWholeCohortsGetBinsOneCohortWideCentredOnTheSizes() {
    int[] sizes = {3, 6, 6, 9, 12, 12, 12, 30};
    int unit = Histograms.commonDivisor(sizes);
    assertThat(unit).isEqualTo(3);
    double[] e = Histograms.integerEdges(3, 30, 60, unit);
    // bins centred on 3, 6, ..., 30: edges 1.5, 4.5, ..., 31.5
    assertThat(e).hasSize(11);
    assertThat(e[0]).isEqualTo(1.5);
    assertThat(e[10]).isEqualTo(31.5);
    double[] data = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      data[i] = sizes[i];
    }
    double[] pct = Histograms.percent(data, e);
    assertThat(pct[0]).isCloseTo(12.5, within(1e-12)); // 3
    assertThat(pct[1]).isCloseTo(25, within(1e-12)); // 6, 6
    assertThat(pct[3]).isCloseTo(37.5, within(1e-12)); // 12 ×3
    assertThat(pct[9]).isCloseTo(12.5, within(1e-12)); // 30
    assertThat(Histograms.commonDivisor(new int[] {4, 7})).isEqualTo(1);
  }

  @Test
  void wideRangesKeepToTheBinLimitWithWholeWidths() {
    double[] e = Histograms.integerEdges(1, 200, 60, 1); // 200 values → width 4 → 50 bins
    assertThat(e[1] - e[0]).isEqualTo(4.0);
    assertThat(e.length - 1).isEqualTo(50);
  }

  @Test
  void continuousBinsHaveARoundWidthAtMultiplesOfIt() {
    double[] e = Histograms.edges(143.2, 612.9, 25); // raw 18.8 → 20
    assertThat(e[1] - e[0]).isCloseTo(20, within(1e-9));
    assertThat(e[0]).isEqualTo(140.0);
    assertThat(e[e.length - 1]).isGreaterThanOrEqualTo(612.9);
    assertThat(Histograms.bin(612.9, e)).isEqualTo(e.length - 2);
  }
}
