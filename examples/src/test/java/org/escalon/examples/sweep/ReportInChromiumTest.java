package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalon.examples.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in headless Chromium (Debian package {@code chromium}); skipped when /usr/bin/chromium is absent.
 * A script appended to a copy of the page writes, after load, each image's decoded width and every console
 * error/warning and uncaught error into the DOM, which {@code --dump-dom} prints.
 */
class ReportInChromiumTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void reportLoadsWithoutConsoleErrorsAndEveryImageDecodes(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed");
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("sweep", SweepCommandTest.small(dir).toString(), "--out", out.toString(), "--trials", "3");
    assertThat(r.status()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    int images = count(html, "<img ");
    assertThat(images).isGreaterThanOrEqualTo(2 * 10);
    String probe = """
        <script>
        (function () {
          var errs = [];
          var oe = console.error, ow = console.warn;
          console.error = function () { errs.push('console.error: ' + Array.from(arguments).join(' ')); oe.apply(console, arguments); };
          console.warn = function () { errs.push('console.warn: ' + Array.from(arguments).join(' ')); ow.apply(console, arguments); };
          window.addEventListener('error', function (e) { errs.push('error: ' + (e.message || (e.target && e.target.src) || e)); }, true);
          window.addEventListener('load', function () {
            var pre = document.createElement('pre');
            pre.id = 'probe';
            var lines = [];
            document.querySelectorAll('img').forEach(function (im, i) {
              lines.push('IMG ' + i + ' ' + (im.complete ? 1 : 0) + ' ' + im.naturalWidth + 'x' + im.naturalHeight);
            });
            errs.forEach(function (e) { lines.push('ERR ' + e); });
            lines.push('DONE');
            pre.textContent = lines.join('\\n');
            document.body.appendChild(pre);
          });
        })();
        </script>
        """;
    // the probe must run before the images load: insert it at the start of <head>
    Path page = out.resolve("probe.html");
    Files.writeString(page, html.replaceFirst("<head>", "<head>\n" + Matcher.quoteReplacement(probe)),
        StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=10000", "--dump-dom",
        page.toUri().toString()));
    Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.err").toFile()).start();
    byte[] dom = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    String text = new String(dom, StandardCharsets.UTF_8);
    assertThat(text).as("dumped DOM (stderr: %s)", Files.readString(dir.resolve("chromium.err")))
        .contains("DONE");
    String probeText = text.substring(text.indexOf("id=\"probe\""));
    assertThat(probeText).doesNotContain("ERR ");
    Matcher m = Pattern.compile("IMG (\\d+) (\\d) (\\d+)x(\\d+)").matcher(probeText);
    int seen = 0;
    while (m.find()) {
      seen++;
      assertThat(m.group(2)).as("image %s complete", m.group(1)).isEqualTo("1");
      assertThat(Integer.parseInt(m.group(3))).as("image %s decoded width", m.group(1)).isGreaterThan(0);
      assertThat(Integer.parseInt(m.group(4))).as("image %s decoded height", m.group(1)).isGreaterThan(0);
    }
    assertThat(seen).isEqualTo(images);
  }

  /** Window widths the report must fit: a 1024 px projector and a 1400 px laptop. */
  static final int[] WIDTHS = {1024, 1400};

  /**
   * At 1024 and 1400 px the page never scrolls sideways: the document is no wider than the viewport and every
   * element outside a table's own scroll box ({@code div.scroll}) ends within it, for a scenario with two schedules
   * and three designs (the widest tables). A full-page screenshot at each width is taken as well (kept in the
   * temporary directory; its width is checked).
   */
  @Test
  void reportFitsWindowsOf1024And1400PixelsWithoutSidewaysScrolling(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed");
    Path scenario = dir.resolve("wide.yaml");
    Files.writeString(scenario, """
        name: three designs, two schedules
        doses_ug: [37.5, 50, 62.5, 75, 100, 125, 150]
        schedules: [QD d1-14, QD d1-21]
        designs: [boin, "3+3A", {name: blrm, prior: {median_dlt: 0.3}, ref_dose_ug: 100}]
        cycles: 1
        population: {size: 100}
        trials: 4
        seed: 2
        """);
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("sweep", scenario.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String probe = """
        <script>
        window.addEventListener('load', function () {
          var vw = document.documentElement.clientWidth, lines = [];
          lines.push('WIDTH ' + vw + ' ' + document.documentElement.scrollWidth + ' ' + document.body.scrollWidth);
          document.querySelectorAll('body *').forEach(function (el) {
            var box = el.closest('.scroll');
            if (box !== null && box !== el) { return; }
            var right = el.getBoundingClientRect().right;
            if (right > vw + 0.5) {
              lines.push('OVER ' + el.tagName + '.' + el.className + ' ' + Math.round(right));
            }
          });
          lines.push('DONE');
          var pre = document.createElement('pre');
          pre.id = 'probe';
          pre.style.display = 'none';
          pre.textContent = lines.join('\\n');
          document.body.appendChild(pre);
        });
        </script>
        """;
    Path page = out.resolve("probe.html");
    Files.writeString(page, Files.readString(out.resolve("report.html")).replaceFirst("<head>",
        "<head>\n" + Matcher.quoteReplacement(probe)), StandardCharsets.UTF_8);
    for (int w : WIDTHS) {
      String text = chromium(dir, "--window-size=" + w + ",900", "--dump-dom", page.toUri().toString());
      assertThat(text).as("dumped DOM at %d px", w).contains("DONE");
      String probeText = text.substring(text.indexOf("id=\"probe\""));
      Matcher m = Pattern.compile("WIDTH (\\d+) (\\d+) (\\d+)").matcher(probeText);
      assertThat(m.find()).isTrue();
      // the viewport is the window less the vertical scroll bar
      int viewport = Integer.parseInt(m.group(1));
      assertThat(viewport).as("viewport width").isBetween(w - 20, w);
      assertThat(Integer.parseInt(m.group(2))).as("document width at %d px", w).isLessThanOrEqualTo(viewport);
      assertThat(Integer.parseInt(m.group(3))).as("body width at %d px", w).isLessThanOrEqualTo(viewport);
      assertThat(probeText).as("elements past the right edge at %d px", w).doesNotContain("OVER ");
      Path shot = dir.resolve("report-" + w + ".png");
      chromium(dir, "--window-size=" + w + ",4000", "--hide-scrollbars", "--screenshot=" + shot,
          out.resolve("report.html").toUri().toString());
      assertThat(javax.imageio.ImageIO.read(shot.toFile()).getWidth()).isEqualTo(w);
    }
  }

  /** Runs headless Chromium with {@code args}; returns what it printed on stdout. */
  private static String chromium(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=10000"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.err").toFile()).start();
    byte[] outBytes = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return new String(outBytes, StandardCharsets.UTF_8);
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
