package org.escalon.examples.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escalon.examples.input.TextFiles;

/**
 * A scenario file (YAML or JSON) read strictly in three steps: {@link ScenarioBinding} binds the text to {@link
 * ScenarioSpec} (syntax, unknown fields, wrong types, each error naming the file and the field path such as {@code
 * levels[2].dose_ug}), {@link ScenarioGrid} expands the grid (if any) into one file-shaped mapping per combination,
 * first axis slowest (model axes first), and {@link ScenarioResolver} turns each into a {@link GridPoint} (defaults,
 * ranges, arms,
 * designs, model). Every problem is a {@link ScenarioException} naming the file, the field path and what is
 * allowed. Immutable.
 *
 * @param file the file name used in messages
 * @param spec the file as written
 * @param points the grid points
 */
public record ScenarioFile(String file, ScenarioSpec spec, List<GridPoint> points) {

  /**
   * Grid axes other than model assumptions, in the order they vary (first slowest); model axes ({@code
   * model.parameters.NAME}, alias {@code model.typical.NAME}, and {@code model.omega.NAME}) vary more slowly still.
   */
  public static final List<String> GRID_AXES = ScenarioGrid.AXES;

  /** Largest number of grid points. */
  public static final int MAX_POINTS = ScenarioGrid.MAX_POINTS;

  /**
   * Copies the list of grid points, so that the scenario is immutable.
   *
   * @param points the grid points
   * @param file the file name used in messages
   * @param spec the file as written
   */
  public ScenarioFile {
    points = List.copyOf(points);
  }

  /**
   * Name to show: the scenario's {@code name}, else the file name.
   *
   * @return name to show: the scenario's {@code name}, else the file name
   */
  public String title() {
    return spec.name() != null ? spec.name() : file;
  }

  /**
   * Reads {@code path} (.yaml, .yml or .json) as UTF-8 (a byte-order mark is skipped); a missing or unreadable
   * file, or bytes that are not UTF-8, are a {@link ScenarioException} naming the file (and the offset of the bad
   * byte).
   *
   * @param path reads {@code path} (.yaml, .yml or .json) as UTF-8 (a byte-order mark is skipped); a missing or
   *     unreadable file, or bytes that are not UTF-8, are a {@link ScenarioException} naming the file (and the offset
   *     of the bad byte)
   * @return the scenario, with every grid point resolved and validated
   */
  public static ScenarioFile read(Path path) {
    return parse(path.toString(), text(path));
  }

  /**
   * The text of scenario file {@code path} as {@link #read} reads it (same checks, same errors), e.g. to hand it to
   * an engine that parses it again on other machines.
   *
   * @param path the text of scenario file {@code path} as {@link #read} reads it (same checks, same errors), e.g
   * @return the text of scenario file {@code path} as {@link #read} reads it (same checks, same errors), e.g
   */
  public static String text(Path path) {
    ScenarioBinding.forFile(path.toString());
    try {
      return TextFiles.read(path);
    } catch (TextFiles.ReadException e) {
      throw new ScenarioException(e.getMessage());
    }
  }

  /**
   * Reads a classpath resource, e.g. {@code /scenarios/schedule-comparison.yaml}.
   *
   * @param resource reads a classpath resource, e.g
   * @return the scenario, with every grid point resolved and validated
   */
  public static ScenarioFile resource(String resource) {
    return parse(resource, resourceText(resource));
  }

  /**
   * The text of a classpath resource, as {@link #resource} reads it.
   *
   * @param resource the text of a classpath resource, as {@link #resource} reads it
   * @return the text of a classpath resource, as {@link #resource} reads it
   */
  public static String resourceText(String resource) {
    try (InputStream in = ScenarioFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ScenarioException(resource + ": no such resource");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(resource + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Parses {@code text}; the format follows the extension of {@code fileName} (.json is JSON, else YAML).
   *
   * @param fileName the scenario's file name (selects YAML or JSON and is used in messages)
   * @param text the scenario's text: engines that run elsewhere parse it again there ({@link ScenarioFile#parse})
   * @return the scenario, with every grid point resolved and validated
   */
  public static ScenarioFile parse(String fileName, String text) {
    ScenarioBinding binding = ScenarioBinding.forFile(fileName);
    var root = binding.readTree(text);
    ScenarioSpec spec = binding.bind(root, ScenarioSpec.class, "", Map.of());
    List<GridPoint> points = new ArrayList<>();
    for (ScenarioGrid.Point p : ScenarioGrid.expand(binding, root)) {
      ScenarioSpec ps = p.origin().isEmpty() ? spec : binding.bind(p.node(), ScenarioSpec.class, "", p.origin());
      points.add(new ScenarioResolver(binding, ps, p.origin()).point(p.index(), p.label(), p.values()));
    }
    return new ScenarioFile(fileName, spec, points);
  }
}
