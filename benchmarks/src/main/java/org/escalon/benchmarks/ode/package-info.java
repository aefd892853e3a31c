/**
 * JMH benchmarks of the ODE hot path: one right-hand-side evaluation ({@link
 * org.escalon.benchmarks.ode.RhsBenchmark}), one virtual patient over one cycle or six cycles with each solver
 * and PK form ({@link org.escalon.benchmarks.ode.OnePatientCycleBenchmark}, {@link
 * org.escalon.benchmarks.ode.OnePatientCoursesBenchmark}), and population throughput by threads ({@link
 * org.escalon.benchmarks.ode.PopulationThroughputBenchmark}).
 *
 * <p>Run from a clean clone: {@code mvn -B -q -pl benchmarks -am package -DskipTests}, then {@code java -jar
 * benchmarks/target/benchmarks.jar 'org.escalon.benchmarks.ode' -prof gc}. The floor of the fast path is
 * (RHS evaluations per patient-cycle, printed by {@code OnePatientCycleBenchmark}'s setup) × (ns per RHS from
 * {@code RhsBenchmark}).
 */
package org.escalon.benchmarks.ode;
