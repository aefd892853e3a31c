package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.escalon.examples.cli.Cli;
import org.escalon.examples.cli.EscalonCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose second grid point gives KG an ω of 5 (so a few virtual patients' tumour growth is thousands of
 * times KG's documented maximum and their integration fails) stops with one line naming the grid point, then the
 * trial or the model truth, the virtual patient with its sampled parameters and the dose level, the study day and
 * the reason (exit 1), and writes nothing.
 */
class SweepFailureTest {

  @Test
  void aFailingVirtualPatientStopsTheSweepWithOneLineNamingItsGridPoint(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("wide.yaml"), """
        name: wide
        doses_ug: [50, 100]
        designs: [boin]
        cycles: 1
        population: {size: 100}
        trials: 10
        model: {parameters: {KG: 0.03}}
        grid:
          model.omega.KG: [0.5, 5]
        """);
    Path out = dir.resolve("o");
    Cli.Run r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
    assertThat(r.status()).as(r.err()).isEqualTo(EscalonCli.SIMULATION_FAILED);
    String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertThat(last).startsWith("escalon: grid point 2 (").contains("virtual patient ", "KG = ", " at level ",
        " ug QD d1-14", ": simulation failed on study day ", "t = ").doesNotContain("Exception");
    assertThat(last).containsAnyOf("model truth, virtual patient", ", trial ");
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }
}
