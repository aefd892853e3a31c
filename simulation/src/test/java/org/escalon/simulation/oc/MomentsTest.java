package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsTest {

  @Test
  void standardErrorOfAConstantIsExactlyZero() {
    for (double c : new double[] {0.1, 1.0 / 3, 162.5, 1e9 + 0.1, -7.3}) {
      Moments m = new Moments();
      for (int i = 0; i < 1000; i++) {
        m.add(c);
      }
      assertThat(m.se()).as("constant %s", c).isEqualTo(0.0);
      // also when combined from blocks of different sizes
      Moments a = new Moments();
      Moments b = new Moments();
      for (int i = 0; i < 7; i++) {
        a.add(c);
      }
      for (int i = 0; i < 993; i++) {
        b.add(c);
      }
      a.combine(b);
      assertThat(a.se()).as("combined constant %s", c).isEqualTo(0.0);
    }
  }

  @Test
  void matchesTheTwoPassFormula() {
    // large offset, small spread: the one-pass Σx² − n·x̄² formula loses every digit here
    double[] x = new double[500];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1e9 + (i % 7) * 0.01;
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double m2 = 0;
    for (double v : x) {
      m2 += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(m2 / (x.length - 1) / x.length);
    Moments m = new Moments();
    Moments first = new Moments();
    Moments second = new Moments();
    for (int i = 0; i < x.length; i++) {
      m.add(x[i]);
      (i < 123 ? first : second).add(x[i]);
    }
    first.combine(second);
    assertThat(m.se()).isCloseTo(se, within(se * 1e-6));
    assertThat(first.se()).isCloseTo(se, within(se * 1e-6));
    assertThat(first.mean()).isCloseTo(m.mean(), within(1e-6));
  }

  @Test
  void smallSampleByHand() {
    // 6, 15, 3, 9: s² = 26.25
    Moments m = new Moments();
    for (double v : new double[] {6, 15, 3, 9}) {
      m.add(v);
    }
    assertThat(m.count()).isEqualTo(4);
    assertThat(m.mean()).isEqualTo(8.25);
    assertThat(m.se()).isCloseTo(Math.sqrt(26.25 / 4), within(1e-12));
    Moments empty = new Moments();
    assertThat(empty.mean()).isNaN();
    assertThat(empty.estimate().se()).isNaN();
    empty.combine(m);
    assertThat(empty.se()).isEqualTo(m.se());
    Moments one = new Moments();
    one.add(2);
    assertThat(one.se()).isNaN();
  }
}
