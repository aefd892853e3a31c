package org.escalon.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use from Java" snippets, exactly as printed, compiled against this module's class path (the
 * {@code simulation} artifact and what it brings: a project depending only on {@code escalon-simulation}) and run.
 */
class ReadmeSnippetsTest {

  @TempDir Path dir;

  /** The ```java blocks of the README section "## Use from Java". */
  static List<String> snippets() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int from = readme.indexOf("## Use from Java");
    assertThat(from).as("README section").isNotNegative();
    int to = readme.indexOf("\n## ", from + 5);
    String section = readme.substring(from, to < 0 ? readme.length() : to);
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theThreeSnippetsCompileAndRun() throws Exception {
    List<String> snippets = snippets();
    assertThat(snippets).hasSize(3);
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    for (int i = 0; i < snippets.size(); i++) {
      String name = "Snippet" + (i + 1);
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : snippets.get(i).split("\n")) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      Path src = dir.resolve(name + ".java");
      Files.writeString(src, imports + "public class " + name + " {\n  public static void main(String[] args) "
          + "throws Exception {\n" + body + "  }\n}\n");
      ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
      int rc = javac.run(null, diagnostics, diagnostics, "-cp", cp, "-d", dir.toString(), src.toString());
      assertThat(rc).as("javac %s: %s", name, diagnostics.toString(StandardCharsets.UTF_8)).isZero();
      PrintStream saved = System.out;
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
          getClass().getClassLoader())) {
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        loader.loadClass(name).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
      } finally {
        System.setOut(saved);
      }
      String text = printed.toString(StandardCharsets.UTF_8);
      assertThat(text).as(name).isNotBlank();
      int lines = snippets.get(i).split("\n").length;
      assertThat(lines).as("%s is short", name).isLessThanOrEqualTo(14);
    }
    assertThat(new File(cp.split(File.pathSeparator)[0])).exists();
  }
}
