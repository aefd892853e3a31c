package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/** Bit-for-bit comparison of records whose components are numbers, arrays, maps of records or records. */
final class RecordAssert {
  private RecordAssert() {}

  static void assertSameRecord(String what, Object actual, Object expected) {
    assertThat(actual.getClass()).isEqualTo(expected.getClass());
    if (!actual.getClass().isRecord()) {
      assertThat(actual).as(what).isEqualTo(expected);
      return;
    }
    for (RecordComponent c : actual.getClass().getRecordComponents()) {
      if (c.getName().equals("seconds")) {
        continue; // wall time
      }
      Object a;
      Object e;
      try {
        a = c.getAccessor().invoke(actual);
        e = c.getAccessor().invoke(expected);
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(ex);
      }
      String w = what + "." + c.getName();
      if (a instanceof double[] da) {
        // Arrays.equals on double[] compares bits (NaN equals NaN)
        assertThat(Arrays.equals(da, (double[]) e)).as("%s: %s vs %s", w, Arrays.toString(da),
            Arrays.toString((double[]) e)).isTrue();
      } else if (a instanceof int[] ia) {
        assertThat(ia).as(w).containsExactly((int[]) e);
      } else if (a instanceof Double d) {
        assertThat(Double.compare(d, (Double) e)).as("%s: %s vs %s", w, d, e).isZero();
      } else if (a instanceof Map<?, ?> ma) {
        Map<?, ?> me = (Map<?, ?>) e;
        assertThat(new java.util.ArrayList<Object>(ma.keySet())).as(w)
            .isEqualTo(new java.util.ArrayList<Object>(me.keySet()));
        for (Object key : ma.keySet()) {
          assertSameRecord(w + "[" + key + "]", ma.get(key), me.get(key));
        }
      } else if (a instanceof java.util.List<?> la) {
        java.util.List<?> le = (java.util.List<?>) e;
        assertThat(la).as(w).hasSameSizeAs(le);
        for (int i = 0; i < la.size(); i++) {
          assertSameRecord(w + "[" + i + "]", la.get(i), le.get(i));
        }
      } else if (a != null && a.getClass().isRecord()) {
        assertSameRecord(w, a, e);
      } else {
        assertThat(a).as(w).isEqualTo(e);
      }
    }
  }
}
