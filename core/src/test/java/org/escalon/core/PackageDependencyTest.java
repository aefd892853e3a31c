package org.escalon.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's packages depend on each other one way only (DESIGN.md rule 11): the building blocks {@code pd}, {@code pk},
 * {@code regimen}, {@code ode} and {@code internal} use no other core package; {@code output} uses only those;
 * {@code model} uses those and {@code output}; {@code population} sits on top. The graph is read from the main
 * sources themselves: every reference {@code org.escalon.core.<package>} in code (imports and qualified names;
 * comments and strings are removed first). Any cycle fails, whichever packages it involves; a package not listed in
 * {@link #LAYERS} is held to the no-cycle rule only.
 */
class PackageDependencyTest {

  /** The layer of each package: a package may use only packages of a strictly lower layer, or its own. */
  private static final Map<String, Integer> LAYERS = Map.of("pd", 0, "pk", 0, "regimen", 0, "ode", 0,
      "internal", 0, "output", 1, "model", 2, "population", 3);

  private static final Path SOURCES = Paths.get("src/main/java/org/escalon/core");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.escalon\\.core\\.([a-z]\\w*)\\b");
  private static final Pattern COMMENTS_AND_STRINGS =
      Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);

  /** Package → the other core packages its main sources refer to. */
  static Map<String, Set<String>> dependencies(Path root) {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String pkg = root.relativize(file).getName(0).toString();
        Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
        String code = COMMENTS_AND_STRINGS.matcher(Files.readString(file)).replaceAll(" ")
            .replaceAll("(?m)^package [^;]*;", "");
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            uses.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** A cycle of the graph as a path {@code a -> b -> ... -> a}, or null when there is none (depth-first). */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Map<String, Integer> state = new TreeMap<>(); // 1 on the stack, 2 done
    List<String> stack = new ArrayList<>();
    for (String start : graph.keySet()) {
      List<String> c = visit(start, graph, state, stack);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
      List<String> stack) {
    Integer s = state.get(node);
    if (s != null) {
      if (s == 1) {
        List<String> c = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
        c.add(node);
        return c;
      }
      return null;
    }
    state.put(node, 1);
    stack.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      List<String> c = visit(next, graph, state, stack);
      if (c != null) {
        return c;
      }
    }
    stack.remove(stack.size() - 1);
    state.put(node, 2);
    return null;
  }

  @Test
  void coreHasNoPackageCycle() {
    Map<String, Set<String>> graph = dependencies(SOURCES);
    assertThat(graph).as("packages found under %s", SOURCES.toAbsolutePath()).containsKeys("model", "pd", "ode");
    assertThat(cycle(graph)).as("package cycle in %s", graph).isNull();
  }

  @Test
  void arrowsPointDownTheLayers() {
    List<String> violations = new ArrayList<>();
    dependencies(SOURCES).forEach((pkg, uses) -> {
      for (String used : uses) {
        if (LAYERS.containsKey(pkg) && LAYERS.containsKey(used) && LAYERS.get(used) >= LAYERS.get(pkg)) {
          violations.add(pkg + " -> " + used);
        }
      }
    });
    assertThat(violations).as("dependencies against the layer order %s", LAYERS).isEmpty();
  }

  @Test
  void theCycleFinderFindsCyclesAndOnlyCycles() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("model", new TreeSet<>(List.of("output", "pd")));
    graph.put("output", new TreeSet<>(List.of("pd")));
    graph.put("pd", new TreeSet<>());
    assertThat(cycle(graph)).isNull();
    graph.get("pd").add("model");
    assertThat(cycle(graph)).containsExactly("model", "output", "pd", "model");
  }
}
