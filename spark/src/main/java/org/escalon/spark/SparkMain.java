package org.escalon.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.escalon.examples.cli.EscalonCli;

/**
 * The {@code spark-submit} entry point: the {@code escalon} command line with {@code --engine spark} added to
 * {@code sweep} when no engine is given, so that
 * <pre>
 *   spark-submit --class org.escalon.spark.SparkMain escalon-spark.jar sweep FILE.yaml --out DIR
 * </pre>
 * runs the sweep on the cluster spark-submit was pointed at (its {@code --master}), with the outputs written by the
 * driver. Every other command runs as usual on the driver.
 */
public final class SparkMain {

  private SparkMain() {}

  /** The arguments with {@code --engine spark} added after {@code sweep} when no {@code --engine} is given. */
  static String[] withSparkEngine(String[] args) {
    List<String> a = new ArrayList<>(Arrays.asList(args));
    boolean given = a.stream().anyMatch(s -> s.equals("--engine") || s.startsWith("--engine="));
    int sweep = a.indexOf("sweep");
    if (sweep >= 0 && !given) {
      a.add(sweep + 1, "spark");
      a.add(sweep + 1, "--engine");
    }
    return a.toArray(new String[0]);
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the {@code escalon} command line; {@code --engine spark} is added to {@code sweep} unless an engine is given
   */
  public static void main(String[] args) {
    System.exit(EscalonCli.commandLine().execute(withSparkEngine(args)));
  }
}
