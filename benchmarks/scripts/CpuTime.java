import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.escalon.benchmarks.ode.OnePatientCycleBenchmark;
import org.escalon.benchmarks.ode.RhsBenchmark;
import org.escalon.benchmarks.trial.CoupledTrialBenchmark;

/**
 * The main JMH workloads timed by the thread's CPU time instead of the wall clock: on a machine shared with other
 * work (load average above the core count) the wall clock measures the scheduler, the CPU time much less so. For each
 * workload: 4 s of warm-up, then 15 batches; prints the minimum and the median CPU time per operation. Not a
 * replacement for JMH on a quiet machine; its figures include what the hypervisor and the other processes cost the
 * caches, so compare them only within one run (for example two builds, one after the other).
 *
 * <pre>
 *   mvn -B -q -pl benchmarks -am package -DskipTests
 *   java -cp benchmarks/target/benchmarks.jar benchmarks/scripts/CpuTime.java
 * </pre>
 */
public class CpuTime {
  interface Op { double run(); }
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  static double sink;

  static void measure(String name, Op op, int batch, double unit, String unitName) {
    long end = System.nanoTime() + 4_000_000_000L;
    while (System.nanoTime() < end) { for (int i = 0; i < batch; i++) sink += op.run(); }
    double[] per = new double[15];
    for (int r = 0; r < per.length; r++) {
      long c0 = MX.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) sink += op.run();
      per[r] = (MX.getCurrentThreadCpuTime() - c0) / (double) batch / unit;
    }
    Arrays.sort(per);
    System.out.printf("%-45s CPU min %8.2f median %8.2f %s%n", name, per[0], per[per.length / 2], unitName);
  }

  public static void main(String[] a) throws Exception {
    for (String bm : new String[] {"off", "on"}) {
      OnePatientCycleBenchmark b = new OnePatientCycleBenchmark();
      b.solver = "fast"; b.pk = "closed"; b.biomarker = bm;
      b.setup();
      measure("patient-cycle biomarker " + bm, b::hotPath, 2000, 1e3, "us");
    }
    RhsBenchmark r = new RhsBenchmark();
    r.pk = "closed";
    r.setup();
    measure("rhs", r::rhs, 2_000_000, 1, "ns");
    CoupledTrialBenchmark c = new CoupledTrialBenchmark();
    java.lang.reflect.Field f = CoupledTrialBenchmark.class.getDeclaredField("threads");
    f.setAccessible(true);
    f.setInt(c, 1);
    c.setUp();
    measure("coupled BOIN trial", () -> c.oneTrial().hashCode(), 30, 1e6, "ms");
    System.out.println("sink " + (sink != 0));
  }
}
