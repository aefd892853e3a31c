package org.escalon.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real commands in a child JVM (this JDK, the test class path), stopped by SIGTERM or SIGINT at steps of
 * their write and commit phases ({@link Checkpoints} pauses the child at step N and announces it). After each
 * signal the destinations hold exactly their complete old contents or the complete new output (every file
 * compared with a reference run), all of them the same one, the last line on stderr says which, and nothing
 * Escalon created is left (no staging, no set-aside directory, no created parent). Also: a run killed outright
 * (SIGKILL) between the two renames is completed by the next run, and {@code --out ""}, {@code .} and {@code ..}
 * are refused without touching the working directory (a temporary one).
 */
class SignalSafetyTest {

  static final String TINY = """
      name: tiny
      doses_ug: [50, 100]
      schedules: [QD d1-14]
      designs: [boin]
      cycles: 1
      population: {size: 100}
      trials: 2
      seed: 3
      """;

  @TempDir Path tmp;

  /** A child process, its stderr lines as they come. */
  record Child(Process process, BlockingQueue<String> lines, List<String> all) {
    /** Waits for the announcement of step {@code n}; returns its text. */
    String awaitStep(int n) throws InterruptedException {
      String prefix = "escalon-checkpoint " + n + " ";
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < end) {
        String l = lines.poll(1, TimeUnit.SECONDS);
        if (l != null && l.startsWith(prefix)) {
          return l.substring(prefix.length());
        }
        if (l == null && !process.isAlive() && lines.isEmpty()) {
          break;
        }
      }
      throw new AssertionError("step " + n + " never reached; stderr: " + all);
    }

    int finish() throws InterruptedException {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child exits").isTrue();
      Thread.sleep(50); // let the reader take the last lines
      return process.exitValue();
    }

    String lastMessage() {
      synchronized (all) {
        return all.stream().filter(l -> !l.isBlank() && !l.startsWith("escalon-checkpoint")).reduce((a, b) -> b)
            .orElse("");
      }
    }
  }

  static Child start(Path cwd, int pauseAt, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/perl"))) {
      // a JVM started with SIGINT ignored (background jobs, some CI runners) never sees Ctrl-C: reset it
      cmd.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT}='DEFAULT'; exec @ARGV"));
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-D" + Checkpoints.PAUSE_PROPERTY + "=" + pauseAt,
        "-cp", System.getProperty("java.class.path"), "org.escalon.examples.cli.EscalonCli"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    List<String> all = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String l;
        while ((l = r.readLine()) != null) {
          synchronized (all) {
            all.add(l);
          }
          q.add(l);
        }
      } catch (IOException e) {
        // the child is gone
      }
    });
    reader.setDaemon(true);
    reader.start();
    return new Child(p, q, all);
  }

  /** Runs the cases two at a time (each child mostly waits); rethrows the first failure; returns the results. */
  static List<String> parallel(List<Callable<String>> cases) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<String> out = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(cases)) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw (Exception) e.getCause();
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  static void signal(Child c, String sig) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-s", sig, Long.toString(c.process().pid())).start();
    assertThat(kill.waitFor()).isZero();
  }

  /** Every file under {@code dir} (relative name -> contents with wall-clock lines removed). */
  static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    if (!Files.exists(dir)) {
      return m;
    }
    if (Files.isRegularFile(dir)) {
      m.put("", Files.readString(dir, StandardCharsets.ISO_8859_1));
      return m;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(p, StandardCharsets.ISO_8859_1)
            .replaceAll("(?m)^.*(\"seconds\" :|<th class=\"l\">Run</th>).*$", "");
        m.put(dir.relativize(p).toString(), text);
      }
    }
    return m;
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A fresh working directory with the scenario and old outputs; returns it. */
  Path fresh(String name, Map<String, String> oldOut, String oldPatients) throws IOException {
    Path w = Files.createDirectories(tmp.resolve(name));
    Files.writeString(w.resolve("tiny.yaml"), TINY);
    if (oldOut != null) {
      Files.createDirectories(w.resolve("o"));
      for (Map.Entry<String, String> e : oldOut.entrySet()) {
        Files.writeString(w.resolve("o").resolve(e.getKey()), e.getValue(), StandardCharsets.ISO_8859_1);
      }
    }
    if (oldPatients != null) {
      Files.writeString(w.resolve("p.csv"), oldPatients);
    }
    return w;
  }

  @Test
  void sweepInterruptedAtEveryStepLeavesOldOrNewAndSaysWhich() throws Exception {
    Map<String, String> old = Map.of(OutputRules.MARKER, "", "summary.json", "{\"old\": true}\n", "notes.txt",
        "previous run\n");
    String oldPatients = "ID,TIME\n1,0\n";
    String[] args = {"sweep", "tiny.yaml", "--out", "o", "--export-patients", "p.csv", "--export-trials", "1"};
    // reference run: the new output and the list of steps
    Path ref = fresh("ref", old, oldPatients);
    Child r = start(ref, 0, args);
    assertThat(r.finish()).as(String.join("\n", r.all())).isZero();
    List<String> steps = r.all().stream().filter(l -> l.startsWith("escalon-checkpoint")).toList();
    assertThat(steps).hasSize(12);
    Map<String, String> newOut = contents(ref.resolve("o"));
    Map<String, String> newPatients = contents(ref.resolve("p.csv"));
    assertThat(newOut).containsKeys(OutputRules.MARKER, "report.html", "summary.json", "trials.csv")
        .doesNotContainKey("notes.txt");
    int firstRename = 1 + steps.indexOf(steps.stream().filter(l -> l.contains("aside")).findFirst().orElseThrow());
    assertThat(firstRename).isEqualTo(9);
    List<Callable<String>> cases = new ArrayList<>();
    // write phase: staging each output, CSVs, report (steps 3 and 5 are like their neighbours); commit phase: every
    // step, both signals around the renames
    for (int k : new int[] {1, 2, 4, 6, 7, 8, 9, 10, 11, 12}) {
      List<String> sigs = k >= firstRename - 1 && k <= firstRename + 2 ? List.of("TERM", "INT")
          : List.of(k % 2 == 0 ? "INT" : "TERM");
      for (String sig : sigs) {
        int step = k;
        cases.add(() -> interruptSweep(step, sig, step >= firstRename, old, oldPatients, newOut, newPatients, args));
      }
    }
    List<String> outcomes = parallel(cases);
    System.out.println(String.join("\n", outcomes));
  }

  String interruptSweep(int k, String sig, boolean expectNew, Map<String, String> old, String oldPatients,
      Map<String, String> newOut, Map<String, String> newPatients, String... args) throws Exception {
    Path w = fresh("run-" + k + "-" + sig, old, oldPatients);
    Child c = start(w, k, args);
    String what = "SIG" + sig + " after step " + k + " (" + c.awaitStep(k) + ")";
    signal(c, sig);
    int rc = c.finish();
    assertThat(rc).as(what).isEqualTo(sig.equals("TERM") ? 143 : 130);
    assertThat(contents(w.resolve("o"))).as(what + ": --out").isEqualTo(expectNew ? newOut : old);
    assertThat(contents(w.resolve("p.csv"))).as(what + ": --export-patients")
        .isEqualTo(expectNew ? newPatients : Map.of("", oldPatients));
    assertThat(names(w)).as(what + ": nothing left beside").containsExactly("o", "p.csv", "tiny.yaml");
    String state = expectNew ? "holds the new output" : "unchanged";
    assertThat(c.lastMessage()).as(what).isEqualTo("escalon: interrupted; --out o " + state
        + "; --export-patients p.csv " + state);
    return what + " -> " + state;
  }

  @Test
  void interruptedSweepIntoMissingParentsRemovesThem() throws Exception {
    Path w = fresh("parents", null, null);
    Child c = start(w, 3, "sweep", "tiny.yaml", "--out", "new/a/o");
    c.awaitStep(3);
    signal(c, "INT");
    assertThat(c.finish()).isEqualTo(130);
    assertThat(names(w)).containsExactly("tiny.yaml");
    assertThat(c.lastMessage()).isEqualTo("escalon: interrupted; --out new/a/o not created");
  }

  @Test
  void singleFileOutputInterruptedAtEveryStep(@TempDir Path dir) throws Exception {
    String csv = "ID,CL\n1,5\n2,6\n";
    String[] args = {"simulate-individuals", "--params", "ind.csv", "--out", "res.csv", "--cycles", "1"};
    Path ref = Files.createDirectories(dir.resolve("ref"));
    Files.writeString(ref.resolve("ind.csv"), csv);
    Child r = start(ref, 0, args);
    assertThat(r.finish()).as(String.join("\n", r.all())).isZero();
    String newCsv = Files.readString(ref.resolve("res.csv"));
    long steps = r.all().stream().filter(l -> l.startsWith("escalon-checkpoint")).count();
    assertThat(steps).isEqualTo(4);
    List<Callable<String>> cases = new ArrayList<>();
    for (int k = 1; k <= steps; k++) {
      for (String sig : List.of("TERM", "INT")) {
        int step = k;
        cases.add(() -> {
          Path w = Files.createDirectories(dir.resolve("run-" + step + sig));
          Files.writeString(w.resolve("ind.csv"), csv);
          Files.writeString(w.resolve("res.csv"), "old results\n");
          Child c = start(w, step, args);
          String what = "SIG" + sig + " after step " + step + " (" + c.awaitStep(step) + ")";
          signal(c, sig);
          assertThat(c.finish()).as(what).isEqualTo(sig.equals("TERM") ? 143 : 130);
          boolean expectNew = step >= 3;
          assertThat(Files.readString(w.resolve("res.csv"))).as(what)
              .isEqualTo(expectNew ? newCsv : "old results\n");
          assertThat(names(w)).as(what).containsExactly("ind.csv", "res.csv");
          assertThat(c.lastMessage()).as(what).isEqualTo("escalon: interrupted; --out res.csv "
              + (expectNew ? "holds the new output" : "unchanged"));
          return what;
        });
      }
    }
    parallel(cases);
  }

  @Test
  void aRunKilledBetweenTheRenamesIsCompletedByTheNextOne() throws Exception {
    Map<String, String> old = Map.of(OutputRules.MARKER, "", "notes.txt", "previous run\n");
    Path w = fresh("killed", old, null);
    Child c = start(w, 0, "sweep", "tiny.yaml", "--out", "o");
    assertThat(c.finish()).isZero();
    Map<String, String> newOut = contents(w.resolve("o"));
    Path w2 = fresh("killed2", old, null);
    Child k = start(w2, 7, "sweep", "tiny.yaml", "--out", "o");
    assertThat(k.awaitStep(7)).contains("aside");
    signal(k, "KILL");
    k.finish();
    assertThat(w2.resolve("o")).doesNotExist();
    // the next run into o finishes the swap before staging its own output (here: staged, then rolled back)
    OutputSet.builder().directory("--out", w2.resolve("o"), false).open().close();
    assertThat(contents(w2.resolve("o"))).isEqualTo(newOut);
    assertThat(names(w2)).containsExactly("o", "tiny.yaml");
  }

  @Test
  void emptyDotAndDotDotAreRefusedAndTheWorkingDirectoryIsUntouched() throws Exception {
    Path w = fresh("cwd", null, null);
    Files.createDirectories(w.resolve("sub"));
    Files.writeString(w.resolve("sub/keep.txt"), "keep");
    for (String out : List.of("", ".", "..", "/")) {
      Child c = start(w.resolve("sub"), 0, "sweep", "../tiny.yaml", "--out", out);
      assertThat(c.finish()).as(out).isEqualTo(2);
      assertThat(c.lastMessage()).as(out).startsWith("escalon: --out = '" + out + "': must be ");
      assertThat(names(w)).containsExactly("sub", "tiny.yaml");
      assertThat(names(w.resolve("sub"))).containsExactly("keep.txt");
    }
  }
}
