package org.escalon.examples.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escalon.examples.cli.Cli.run;

import java.util.List;
import org.escalon.examples.cli.Cli.Run;
import org.escalon.simulation.study.DesignName;
import org.escalon.examples.compare.CompareScenario;
import org.escalon.examples.sweep.ScenarioFile;
import org.escalon.simulation.design.ThreePlusThree;
import org.junit.jupiter.api.Test;

/** One design-name table: every spelling is accepted by every command and by scenario files. */
class DesignNameTest {

  @Test
  void bothThreePlusThreeSpellingsAndCaseAreOneName() {
    for (String s : List.of("3+3", "3+3A", "3+3a", " 3+3 ")) {
      assertThat(DesignName.parse(s)).as(s).isEqualTo(DesignName.THREE_PLUS_THREE_A);
    }
    assertThat(DesignName.parse("3+3b")).isEqualTo(DesignName.THREE_PLUS_THREE_B);
    assertThat(DesignName.parse("BOIN")).isEqualTo(DesignName.BOIN);
    assertThat(DesignName.THREE_PLUS_THREE_B.variant()).isEqualTo(ThreePlusThree.Variant.B);
    assertThat(DesignName.BOIN.interval()).isTrue();
    assertThat(DesignName.THREE_PLUS_THREE_A.interval()).isFalse();
    assertThatThrownBy(() -> DesignName.parse("crm2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("design = 'crm2': must be one of 3+3A");
    assertThatThrownBy(() -> DesignName.parse("3+3+3")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namedDesignsAreNamedByTheirKeyWhateverTheSpelling() {
    assertThat(DesignName.parse("3+3").named(0.3, 3, 10).name()).isEqualTo("3+3A");
    assertThat(DesignName.parse("3+3").named(0.3, 3, 10).forLevels(4).name()).isEqualTo("3+3 variant A");
    assertThat(DesignName.parse("3+3B").named(0.3, 3, 10).forLevels(4).name()).isEqualTo("3+3 variant B");
    assertThat(DesignName.KEYBOARD.named(0.25, 2, 7).forLevels(3).doseCount()).isEqualTo(3);
  }

  @Test
  void everyCommandAndScenarioFilesAcceptBothSpellings() {
    for (String name : List.of("3+3", "3+3A")) {
      Run oc = run("oc", "--design", name, "--p-true", "0.05,0.15,0.3", "--exact", "--format", "json");
      assertThat(oc.status()).as(oc.err()).isZero();
      assertThat(oc.out()).contains("3+3 variant A");
      Run b = run("boundaries", "--design", name, "--format", "decisions");
      assertThat(b.status()).as(b.err()).isZero();
      assertThat(b.out()).contains("\n3: E S D D\n");
      assertThat(CompareScenario.defaults().withDesigns(List.of(name)).settings().designs().get(0).name())
          .isEqualTo("3+3A");
      ScenarioFile f = ScenarioFile.parse("s.yaml", "doses_ug: [50, 100]\ndesigns: [\"" + name + "\"]\n");
      assertThat(f.points().get(0).settings().designs().get(0).name()).isEqualTo("3+3A");
    }
    Run b = run("oc", "--design", "3+3B", "--p-true", "0.05,0.15,0.3", "--exact", "--format", "json");
    assertThat(b.out()).contains("3+3 variant B");
    Run conflict = run("oc", "--design", "3+3B", "--variant", "A", "--p-true", "0.05,0.15", "--exact");
    assertThat(conflict.status()).isEqualTo(2);
    assertThat(conflict.err()).contains("--variant").hasLineCount(1);
  }
}
