/**
 * Calibration: fitting named model parameters to summary targets on common random numbers.
 *
 * <h2>What is fitted, to what</h2>
 * <ul>
 *   <li>{@link org.escalon.core.calibration.FitParameter}: the typical value of any
 *       {@link org.escalon.core.model.Param} ({@code DC50_T}) or its between-subject SD ω ({@code omega.DC50_T}),
 *       with bounds and a search {@link org.escalon.core.calibration.Scale} (log, logit, linear).</li>
 *   <li>{@link org.escalon.core.calibration.Target}: a {@link org.escalon.core.calibration.Metric} on a regimen in
 *       its text form ({@code "100 ug QD d1-14 x6 + dex 40 mg"}: each regimen is simulated for the cycles its text
 *       gives), pooled over several regimens with equal numbers of patients, or the ratio of two such quantities;
 *       a value and its SE (or {@code n} for a binomial proportion, {@code SE = sqrt(v(1 − v)/n)}).</li>
 * </ul>
 *
 * <h2>Objective</h2>
 * <pre>
 *   F(θ) = Σ_t z_t²,      z_t = (achieved_t(θ) − target_t) / sqrt(SE_target,t² + SE_sim,t(θ)²)
 * </pre>
 * the sum of squared standardised residuals (a weighted least-squares / Gaussian −2·log-likelihood in the
 * summaries, as in simulation-based "method of simulated moments" calibration: McFadden 1989, Econometrica
 * 57:995; Gourieroux &amp; Monfort 1996, Simulation-Based Econometric Methods, OUP).
 *
 * <h2>Common random numbers</h2>
 * Every evaluation simulates the same virtual patients: patient {@code i} is drawn once from stream
 * {@code (seed, i)} (standard normals z, age, latent uniforms — the patients of
 * {@link org.escalon.core.population.PopulationSimulation} with the same seed), and {@code η = ω·(L_R·z)} with
 * the current ω, so the objective changes only because the parameters change. Each regimen is simulated in
 * parallel over patients with the library's worker pool; results are reduced in patient order,
 * so a run is bit-identical for any number of threads.
 *
 * <h2>Search and uncertainty</h2>
 * Hipparchus CMA-ES (Hansen 2006, "The CMA evolution strategy: a comparing review", in Towards a New Evolutionary
 * Computation, Springer, doi:10.1007/3-540-32494-1_4), seeded, bounded, on the first {@code searchPatients}
 * patients; then BOBYQA (Powell 2009, Cambridge report NA2009/06), or Brent's method for one parameter, on all
 * patients; both on the transformed scale mapped to the unit cube. Standard errors from the curvature
 * ({@link org.escalon.core.calibration.Curvature}: {@code Cov = 2·H⁻¹} on the internal scale, then the delta
 * method {@code SE(x) = |dx/dy|·SE(y)}); parameters at a bound or not identified get no SE and a warning.
 *
 * <h2>Example (a small Java main)</h2>
 * <pre>{@code
 * PopulationSimulation model = PopulationSimulation.defaults();          // or your own θ, Ω, options, holds
 * List<FitParameter> fit = List.of(
 *     FitParameter.of("DC50_T", 5, 200, Scale.LOG),
 *     FitParameter.of("EMAXN", 0.02, 0.8, Scale.LOGIT),
 *     FitParameter.of("omega.EMAXN", 0.3, 3, Scale.LOG));
 * List<Target> targets = List.of(
 *     Target.proportion("100 ug QD d1-14 x6 + dex 40 mg", "orr", 0.50, 10),
 *     Target.proportion("75 ug QD d1-14 x6 + dex 40 mg", "orr", 0.40, 20),
 *     Target.proportion(Target.Quantity.of(List.of("37.5 ug QD d1-14 x6 + dex 40 mg",
 *         "50 ug QD d1-14 x6 + dex 40 mg", "75 ug QD d1-14 x6 + dex 40 mg"), "neutropenia_g3plus"), 0.33, 72),
 *     Target.ratio(Target.Quantity.of(List.of("100 ug QD d1-21 x1 + dex 40 mg"), "dlt_cycle1"),
 *         Target.Quantity.of(List.of("100 ug QD d1-14 x1 + dex 40 mg"), "dlt_cycle1"), 1.65, 0.15),
 *     Target.of("100 ug QD d1-14 x1 + dex 40 mg", "anc_nadir_typical", 1.2, 0.15));
 * CalibrationProblem problem = new CalibrationProblem(model, fit, targets, 2000, 1);
 * CalibrationResult r = Calibration.run(problem, CalibrationSettings.DEFAULT.withThreads(2),
 *     (entry, planned) -> System.err.println(entry));
 * System.out.println(r.valuesByName() + " SE " + r.standardErrorsByName() + " F = " + r.objective());
 * r.best().targets().forEach(t -> System.out.println(t.target().regimenLabel() + " " + t.target().metricLabel()
 *     + ": " + t.achieved() + " ± " + t.achievedSe() + " (z = " + t.z() + ")"));
 * PopulationModel fitted = r.fitted();                                   // θ and Ω to simulate with
 * }</pre>
 *
 * <h2>Distributed evaluations</h2>
 * {@link org.escalon.core.calibration.Calibration#run(CalibrationProblem, CalibrationSettings, CalibrationListener,
 * CohortSimulator)} takes a {@link org.escalon.core.calibration.CohortSimulator} that simulates each evaluation's
 * patients elsewhere (module escalon-spark does it on Apache Spark): it cuts them into blocks simulated by {@link
 * org.escalon.core.calibration.CohortBlocks#simulate} on any machine and joins them in patient order, and the
 * result is bit for bit the local one.
 *
 * <h2>Thread safety</h2>
 * Problems, targets, settings and results are immutable. {@link org.escalon.core.calibration.Calibration#run}
 * may be called from several threads at once; each run owns its engines.
 */
package org.escalon.core.calibration;
