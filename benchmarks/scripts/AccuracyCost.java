import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.Regimen;

/**
 * Cost against accuracy of the fast solver on sampled patients (docs/numerics.md §5): for each relative tolerance
 * given, the RHS evaluations and accepted steps per patient, the largest relative error over patients and days of
 * the daily ANC, the daily platelets and the M-protein assessments against Hipparchus DP54 at rtol 1e-10 (and of
 * the blood IKZF3 minimum with {@code biomarker=on}), how many patients' adverse-event grades differ from the
 * reference, and the CPU time per patient-cycle (7 batches of 20 passes; min and median).
 *
 * <pre>
 *   mvn -B -q -pl benchmarks -am package -DskipTests
 *   java -cp benchmarks/target/benchmarks.jar benchmarks/scripts/AccuracyCost.java [rtols] [biomarker] [dose] [schedule]
 *   e.g.  ... AccuracyCost.java 1e-6,3e-6 off 150 "Mon/Wed/Fri"
 * </pre>
 *
 * Defaults: rtol 1e-6, biomarker off, 100 µg, "QD d1-14"; always 60 patients (population seed 7), dexamethasone
 * 40 mg, 2 cycles with the default dose holds; atol = rtol/1000.
 */
public class AccuracyCost {
  static final int PATIENTS = 60;
  static final int CYCLES = 2;
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  public static void main(String[] a) {
    String[] rtols = (a.length > 0 ? a[0] : "1e-6").split(",");
    boolean biomarker = a.length > 1 && a[1].equals("on");
    double dose = a.length > 2 ? Double.parseDouble(a[2]) : 100;
    String schedule = a.length > 3 ? a[3] : "QD d1-14";
    Regimen regimen = Regimen.of(dose, schedule, 40, CYCLES);
    PopulationModel pm = PopulationModel.defaults();
    VirtualPatient[] vp = new VirtualPatient[PATIENTS];
    IndividualParameters[] ip = new IndividualParameters[PATIENTS];
    for (int i = 0; i < PATIENTS; i++) {
      vp[i] = pm.sample(i, RandomStreams.stream(7, i));
      ip[i] = vp[i].individualParameters(pm.theta(), pm.omega());
    }
    PatientSimulator reference = simulator(PatientSimulator.Solver.HIPPARCHUS, 1e-10, 1e-13, biomarker);
    PatientResult[] ref = new PatientResult[PATIENTS];
    double[] refBiomarker = new double[PATIENTS];
    PatientResultBuffer buffer = new PatientResultBuffer();
    for (int i = 0; i < PATIENTS; i++) {
      ref[i] = reference.simulate(ip[i], vp[i].covariates(), vp[i].latentUniforms(), regimen);
      reference.simulate(ip[i], vp[i].covariates(), vp[i].latentUniforms(), regimen, buffer);
      refBiomarker[i] = buffer.minBiomarker();
    }
    System.out.printf("%d patients, %s µg %s + dex 40 mg, %d cycles, biomarker %s; errors against Hipparchus DP54 at"
        + " rtol 1e-10%n", PATIENTS, dose, schedule, CYCLES, biomarker ? "on" : "off");
    for (String rt : rtols) {
      double rtol = Double.parseDouble(rt);
      PatientSimulator sim = simulator(PatientSimulator.Solver.FAST, rtol, rtol * 1e-3, biomarker);
      sim.counters().resetCounters();
      double anc = 0;
      double plt = 0;
      double m = 0;
      double bio = 0;
      int gradesDiffer = 0;
      for (int i = 0; i < PATIENTS; i++) {
        PatientResult r = sim.simulate(ip[i], vp[i].covariates(), vp[i].latentUniforms(), regimen);
        anc = Math.max(anc, maxRelative(r.ancDaily(), ref[i].ancDaily()));
        plt = Math.max(plt, maxRelative(r.plateletsDaily(), ref[i].plateletsDaily()));
        m = Math.max(m, maxRelative(r.mProteinAssessments(), ref[i].mProteinAssessments()));
        gradesDiffer += Arrays.equals(r.aeGrades(), ref[i].aeGrades()) ? 0 : 1;
      }
      long evaluations = sim.counters().evaluations();
      long steps = sim.counters().acceptedSteps();
      double[] perCycle = new double[7];
      for (int rep = 0; rep < perCycle.length; rep++) {
        long c0 = MX.getCurrentThreadCpuTime();
        for (int k = 0; k < 20; k++) {
          for (int i = 0; i < PATIENTS; i++) {
            sim.simulate(ip[i], vp[i].covariates(), vp[i].latentUniforms(), regimen, buffer);
            if (biomarker && k == 0 && rep == 0) {
              bio = Math.max(bio, Math.abs(buffer.minBiomarker() / refBiomarker[i] - 1));
            }
          }
        }
        perCycle[rep] = (MX.getCurrentThreadCpuTime() - c0) / 1e3 / (20.0 * PATIENTS * CYCLES);
      }
      Arrays.sort(perCycle);
      System.out.printf("rtol %-6s evaluations/patient %5d steps/patient %4d | largest relative error: ANC %.1e"
          + " platelets %.1e M-protein %.1e%s | grades differ %d | CPU per patient-cycle min %.1f median %.1f µs%n",
          rt, evaluations / PATIENTS, steps / PATIENTS, anc, plt, m,
          biomarker ? String.format(" IKZF3 minimum %.1e", bio) : "", gradesDiffer, perCycle[0], perCycle[3]);
    }
  }

  static PatientSimulator simulator(PatientSimulator.Solver solver, double rtol, double atol, boolean biomarker) {
    PatientSimulator s = new PatientSimulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT, solver,
        OdeTolerances.of(rtol, atol));
    s.setTrackBiomarker(biomarker);
    return s;
  }

  static double maxRelative(double[] x, double[] ref) {
    double e = 0;
    for (int d = 0; d < Math.min(x.length, ref.length); d++) {
      e = Math.max(e, Math.abs(x[d] / ref[d] - 1));
    }
    return e;
  }
}
