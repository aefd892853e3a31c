package org.escalon.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md §3 lists every {@link Param} with the default the code uses: a parameter added or recalibrated in
 * the code without its row in the reference fails here. (The table was generated from the definitions; this test
 * reads the Markdown, not the generator.)
 */
class ParameterTableDocTest {

  @Test
  void everyParameterHasARowWithItsDefaultValueRangeVariabilityAndSource() throws IOException {
    Path doc = Path.of("..", "docs", "model.md");
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    Map<String, String[]> rows = new HashMap<>();
    for (String line : lines) {
      if (line.startsWith("| ") && !line.startsWith("| parameter")) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|");
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
        }
        rows.putIfAbsent(cells[0], cells);
      }
    }
    for (Param p : Param.all()) {
      String[] row = rows.get(p.name());
      assertThat(row).as("docs/model.md has a row for %s", p.name()).isNotNull();
      assertThat(Double.parseDouble(row[2])).as("docs/model.md default of %s", p.name())
          .isCloseTo(p.defaultValue(), org.assertj.core.data.Percentage.withPercentage(1e-3));
      assertThat(row[4]).as("allowed range of %s", p.name())
          .isEqualTo(p.domain().interval() + " (" + p.domain().why() + ")");
      ParameterDefinition d = p.definition();
      if (d.variability() == Variability.NONE) {
        assertThat(row[5]).as("variability of %s", p.name()).isEqualTo("—");
      } else {
        double omega = Double.parseDouble(row[5].substring(row[5].lastIndexOf('ω') + 1).trim());
        assertThat(omega).as("omega of %s", p.name()).isCloseTo(d.defaultOmega(),
            org.assertj.core.data.Percentage.withPercentage(1e-3));
      }
      assertThat(row[6]).as("source of %s", p.name()).isEqualTo(d.source());
    }
  }
}
