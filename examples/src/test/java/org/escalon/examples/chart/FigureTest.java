package org.escalon.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@link Figure}: SVG with real text, ticks at nice steps, facets sharing one legend. */
public class FigureTest {

  /** The contents of every {@code <text>} element of an SVG document (parsing it as XML). */
  public static List<String> texts(String svg) throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    NodeList nodes = doc.getElementsByTagName("text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getTextContent());
    }
    return out;
  }

  @Test
  void svgIsWellFormedAndCarriesEveryLabelAsText() throws Exception {
    Figure f = new Figure("Selection <MTD> & RP2D", 800, 400).columns(2);
    f.panel("MTD").categories("dose level (µg)", List.of("none", "50", "100 ★")).y("trials (%)", 0.0, null)
        .bars("boin", new double[] {5, 60, 35}, new double[] {2, 5, 4}).bars("3+3A", new double[] {0, 70, 30}, null);
    f.panel("RP2D").categories("dose level (µg)", List.of("none", "50", "100")).y("trials (%)", 0.0, null)
        .bars("boin", new double[] {5, 80, 15}, null).bars("3+3A", new double[] {0, 90, 10}, null);
    String svg = f.svg();
    List<String> t = texts(svg); // parses: the document is well-formed XML
    assertThat(t).contains("Selection <MTD> & RP2D", "MTD", "RP2D", "dose level (µg)", "trials (%)", "none",
        "100 ★", "boin", "3+3A");
    // the legend names each series once although both panels draw it
    assertThat(t.stream().filter("boin"::equals).count()).isEqualTo(1);
    // y ticks of the MTD panel: data reach 75 (70 + 5), so 0..80 in steps of 20 (at most 8 intervals in 400 px)
    assertThat(t).contains("0", "20", "40", "60", "80");
    assertThat(svg.length()).isLessThan(20_000);
  }

  @Test
  void integerAxesGetWholeTicksAndNiceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(Ticks.step(0, 3, 10, true)).isEqualTo(1.0);
    assertThat(Ticks.step(0, 3, 10, false)).isEqualTo(0.5); // 0.3 → 0.5
    assertThat(Ticks.step(0, 100, 5, false)).isEqualTo(20.0);
    assertThat(Ticks.step(0, 1, 4, false)).isEqualTo(0.25);
    assertThat(Ticks.step(3, 30, 6, true)).isEqualTo(5.0);
    assertThat(Ticks.ticks(2.5, 30.5, 5.0)).containsExactly(5.0, 10.0, 15.0, 20.0, 25.0, 30.0);
    assertThat(Ticks.label(0.25, 0.25)).isEqualTo("0.25");
    assertThat(Ticks.label(20, 20)).isEqualTo("20");
    assertThat(Ticks.label(0.5, 0.1)).isEqualTo("0.5");
  }

  @Test
  void aLogAxisHasTicksAtPowersOfTenAndLeavesNonPositiveValuesOut() throws Exception {
    Figure f = new Figure(null, 600, 400);
    f.panel(null).x("evaluation").y("objective", null, null).logY()
        .points("search", new double[] {1, 2, 3, 4}, new double[] {0.002, 0.5, 350, 0});
    List<String> t = texts(f.svg());
    // log10 range [-2.70, 2.54]; a 365 px panel takes (365 - 80) / 45 = 6 intervals: one decade each, 1e-3..1000
    assertThat(t).containsSubsequence("1e-3", "0.01", "0.1", "1", "10", "100", "1000");
    // three markers drawn (0 has no logarithm), one legend swatch
    assertThat(f.svg().split("<circle").length - 1).isEqualTo(3);
  }

  @Test
  void theRasterAndTheSvgAreTheSameSizeTimesTheScale() {
    Figure f = new Figure("t", 300, 200);
    f.panel(null).x("x").y("y", null, null).line("a", new double[] {0, 1}, new double[] {1, 2}, null, true);
    RasterCanvas r = new RasterCanvas(300, 200, 2);
    f.draw(r);
    assertThat(r.image().getWidth()).isEqualTo(600);
    assertThat(r.image().getHeight()).isEqualTo(400);
    assertThat(f.svg()).contains("width=\"300\" height=\"200\"");
  }
}
