package org.escalon.core.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.core.regimen.DosingEvent.Drug;
import org.junit.jupiter.api.Test;

/** Regimen text form and planned events. */
class RegimenTest {

  @Test
  void parsesAndRoundTripsTheTextForm() {
    Regimen r = Regimen.parse("100 ug QD d1-14 x6 + dex 40 mg");
    assertThat(r.doseUg()).isEqualTo(100.0);
    assertThat(r.schedule()).isEqualTo(Schedule.parse("QD d1-14"));
    assertThat(r.dexDoseMg()).isEqualTo(40.0);
    assertThat(r.cycles()).isEqualTo(6);
    assertThat(r.dexCycleDays()).containsExactly(1, 8, 15, 22);
    assertThat(r.text()).isEqualTo("100 ug QD d1-14 x6 + dex 40 mg");
    assertThat(Regimen.parse(r.text())).isEqualTo(r);
    Regimen half = Regimen.parse("37.5 µg MWF d1-21 q28d x2");
    assertThat(half.doseUg()).isEqualTo(37.5);
    assertThat(half.dexDoseMg()).isZero();
    assertThat(Regimen.parse(half.text())).isEqualTo(half);
    assertThat(Regimen.parse("50 mcg QD d1-14").cycles()).isEqualTo(1);
    assertThat(Regimen.parse("100 ug QD d1-14 x6 + dex 20 mg weekly").dexDoseMg()).isEqualTo(20.0);
    assertThat(Regimen.parse("100 ug QD d1-14 x6")).isEqualTo(Regimen.of(100, "QD d1-14", 0, 6));
  }

  @Test
  void eventsAreSixTimesFourteenCemsidomideAndSixTimesFourDexamethasone() {
    List<DosingEvent> ev = Regimen.parse("100 ug QD d1-14 x6 + dex 40 mg").events();
    assertThat(ev.stream().filter(e -> e.drug() == Drug.CEMSIDOMIDE).count()).isEqualTo(6 * 14);
    assertThat(ev.stream().filter(e -> e.drug() == Drug.DEXAMETHASONE).count()).isEqualTo(6 * 4);
    assertThat(ev.stream().filter(e -> e.drug() == Drug.CEMSIDOMIDE).mapToDouble(DosingEvent::amount))
        .containsOnly(100.0);
    assertThat(ev.stream().filter(e -> e.drug() == Drug.DEXAMETHASONE).mapToDouble(DosingEvent::amount))
        .containsOnly(40.0);
    // time-sorted; the last cemsidomide dose is cycle 6 day 14 = study day 5·28 + 13 = 153 → 3672 h
    for (int i = 1; i < ev.size(); i++) {
      assertThat(ev.get(i).timeH()).isGreaterThanOrEqualTo(ev.get(i - 1).timeH());
    }
    assertThat(ev.stream().filter(e -> e.drug() == Drug.CEMSIDOMIDE).mapToDouble(DosingEvent::timeH).max()
        .orElseThrow()).isEqualTo(3672.0);
    // the last dexamethasone dose: cycle 6 day 22 = study day 161 → 3864 h
    assertThat(ev.get(ev.size() - 1).timeH()).isEqualTo(3864.0);
  }

  @Test
  void zeroDosesMeanNoEvents() {
    assertThat(Regimen.parse("100 ug QD d1-14 x2 + dex 0 mg").events())
        .allMatch(e -> e.drug() == Drug.CEMSIDOMIDE).hasSize(28);
    assertThat(Regimen.parse("0 ug QD d1-14 x2 + dex 40 mg").events())
        .allMatch(e -> e.drug() == Drug.DEXAMETHASONE).hasSize(8);
    Regimen none = Regimen.of(0, "QD d1-14", 0, 2);
    assertThat(none.events()).isEmpty();
    assertThat(none.isCemsidomideDay(0)).isFalse();
    assertThat(none.isDexamethasoneDay(0)).isFalse();
  }

  @Test
  void dayQueriesAreZeroBasedStudyDays() {
    Regimen r = Regimen.parse("100 ug QD d1-14 x2 + dex 40 mg");
    assertThat(r.treatmentDays()).isEqualTo(56);
    assertThat(r.isCemsidomideDay(13)).isTrue();
    assertThat(r.isCemsidomideDay(14)).isFalse();
    assertThat(r.isCemsidomideDay(28)).isTrue();
    assertThat(r.isCemsidomideDay(56)).isFalse(); // after the last cycle
    assertThat(r.isDexamethasoneDay(7)).isTrue(); // cycle day 8
    assertThat(r.isDexamethasoneDay(8)).isFalse();
    assertThat(r.withDoseUg(75).doseUg()).isEqualTo(75.0);
    assertThat(r.withCycles(3).treatmentDays()).isEqualTo(84);
  }
}
