package org.escalon.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.escalon.simulation.design.Crm;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.design.crm.CrmSkeleton;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/**
 * Designs by name in the Java API: every spelling the CLI accepts builds the design a user would build by hand with
 * the R packages' defaults (compared by their exact operating characteristics), and the errors are the CLI's.
 */
class DesignNameTest {

  private static final double[] P = {0.05, 0.12, 0.30, 0.45, 0.60};

  @Test
  void everySpellingIsOneNameCaseInsensitively() {
    for (String s : List.of("3+3", "3+3A", "3+3a", " 3+3 ")) {
      assertThat(DesignName.parse(s)).as(s).isEqualTo(DesignName.THREE_PLUS_THREE_A);
    }
    assertThat(DesignName.parse("3+3b")).isEqualTo(DesignName.THREE_PLUS_THREE_B);
    assertThat(DesignName.parse("BOIN")).isEqualTo(DesignName.BOIN);
    assertThat(DesignName.parse("Tite-Crm")).isEqualTo(DesignName.TITE_CRM);
  }

  @Test
  void aNamedDesignOnlyStudyEqualsTheDesignBuiltByHand() {
    // target 0.25, 4 cohorts of 2: R's defaults for everything else
    EscalationDesign[] byHand = {Designs.threePlusThree(5), Designs.threePlusThree(5, ThreePlusThree.Variant.B),
        Designs.boin(0.25, 5, 2, 4), Designs.i3Plus3(0.25, 5, 2, 4), Designs.mtpi2(0.25, 5, 2, 4),
        Designs.keyboard(0.25, 5, 2, 4), Crm.builder(0.25, CrmSkeleton.defaultSkeleton(0.25, 5, CrmModel.EMPIRIC))
            .model(CrmModel.EMPIRIC).cohortSize(2).sampleSize(8).build()};
    String[] names = {"3+3", "3+3B", "boin", "i3+3", "mtpi2", "keyboard", "crm"};
    for (int i = 0; i < names.length; i++) {
      DesignOcStudy study = DesignOcStudy.of(names[i]).target(0.25).pTrue(P).cohortSize(2).cohorts(4);
      assertThat(study.design().name()).as(names[i]).isEqualTo(byHand[i].name());
      assertThat(study.exact()).as(names[i]).isEqualTo(ExactOc.compute(byHand[i], FixedToxicity.of(P), 0.25));
    }
  }

  @Test
  void unknownAndUnbuildableNamesGiveTheCliMessages() {
    assertThatThrownBy(() -> DesignOcStudy.of("crm2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("design = 'crm2': must be one of " + DesignName.ALLOWED);
    assertThatThrownBy(() -> ScheduleStudy.builder().design("3+3+3"))
        .hasMessage("design = '3+3+3': must be one of " + DesignName.ALLOWED);
    assertThatThrownBy(() -> DesignFactory.named("bf-boin")).hasMessageStartingWith("design = 'bf-boin': conducts "
        + "its own trials").hasMessageContaining("BfBoinOc");
    assertThatThrownBy(() -> DesignOcStudy.of("tite-boin")).hasMessageContaining("TimedOc.titeBoin");
    assertThatThrownBy(() -> DesignOcStudy.of("tite-crm")).hasMessageContaining("TiteCrmOc");
    assertThatThrownBy(() -> DesignOcStudy.of("blrm")).hasMessageStartingWith("design = 'blrm': needs a prior");
    assertThatThrownBy(() -> ScheduleStudy.builder().design("BLRM")).hasMessageStartingWith("design = 'blrm'");
    assertThatThrownBy(() -> ScheduleStudy.builder().design("boin").design("BOIN")).hasMessageContaining("twice");
    assertThatThrownBy(() -> DesignOcStudy.of("boin").target(0.7)).hasMessage("target = 0.7: must be in [0.05, 0.6]");
  }

  @Test
  void aScheduleStudyTakesEveryDesignByNameLabelledByItsKey() {
    CoupledStudyDesigns d = new CoupledStudyDesigns(ScheduleStudy.builder().design("3+3").design("BOIN")
        .design("bf-boin").design("tite-boin").design("tite-crm").target(0.25).cohortSize(2).cohorts(4));
    assertThat(d.names()).containsExactly("3+3A", "boin", "bf-boin", "tite-boin", "tite-crm");
    assertThat(d.get(1).forLevels(5).name()).isEqualTo(Designs.boin(0.25, 5, 2, 4).name());
    assertThat(d.get(2).countBased()).isFalse();
    assertThat(d.get(3).countBased()).isFalse();
    assertThat(new CoupledStudyDesigns(ScheduleStudy.builder()).names()).containsExactly("3+3A", "boin");
  }

  /** The designs of a study's settings. */
  private record CoupledStudyDesigns(List<NamedDesign> designs) {
    CoupledStudyDesigns(ScheduleStudy s) {
      this(s.settings().designs());
    }

    List<String> names() {
      return designs.stream().map(NamedDesign::name).toList();
    }

    NamedDesign get(int i) {
      return designs.get(i);
    }
  }
}
