/**
 * Ordinary differential equation integrators for the PK/PD model: a small {@link org.escalon.core.ode.OdeSystem}
 * interface for the equations, {@link org.escalon.core.ode.OdeIntegrator} for the engines that solve them over
 * one smooth segment, and {@link org.escalon.core.ode.OdeTolerances} for their error tolerances and step limits.
 *
 * <h2>Which integrator</h2>
 *
 * <ul>
 *   <li>{@link org.escalon.core.ode.DormandPrince54Integrator} — Escalon's own adaptive Dormand–Prince 5(4)
 *       (PI step control, step size carried over between calls, allocation-free {@code integrate}). Use it on the
 *       hot path: every virtual patient of every simulated trial.
 *   <li>{@link org.escalon.core.ode.Tsitouras54Integrator} — the Tsitouras 5(4) pair in the same loop (shared with
 *       Dormand–Prince in the internal {@code EmbeddedRungeKuttaIntegrator}). Fewer evaluations at a given tolerance
 *       but, on the PK/PD model, less accurate outputs; at equal accuracy Dormand–Prince is faster, so it stays the
 *       hot path (README, Performance).
 *   <li>{@link org.escalon.core.ode.ExponentialScalarIntegrator} — one scalar linear ODE {@code dy/dt = b(t) −
 *       a(t)·y} ({@link org.escalon.core.ode.ScalarLinearOde}) with the decay taken exactly, so that a large rate
 *       does not limit the step; with its true minimum. The blood IKZF3 biomarker, which nothing else depends on, is
 *       stepped with it beside the ODE.
 *   <li>{@link org.escalon.core.ode.HipparchusIntegrator} — Hipparchus 4 Dormand–Prince 5(4) or 8(5,3) behind
 *       the same interface. Use it as the reference (tests prove the hot path agrees with it), for tight
 *       tolerances (8(5,3)), and as the starting point when events are needed. It allocates per
 *       evaluation and per step and costs several times more per evaluation.
 * </ul>
 *
 * <p>What only some engines can do is a small capability interface beside {@code OdeIntegrator} (as Commons RNG
 * puts {@code JumpableUniformRandomProvider} beside {@code UniformRandomProvider}):
 * {@link org.escalon.core.ode.IntegrationCounters} (evaluation and step counts; both implementations) and
 * {@link org.escalon.core.ode.StepSizeHints} (step-size carry-over and hints; the Dormand–Prince hot path only).
 *
 * <p>Both are explicit methods for non-stiff problems. Keep fast first-order absorption out of the ODE (feed
 * closed-form PK into the PD equations) so that the step size is set by the slow PD dynamics.
 *
 * <h2>Splitting at dose times</h2>
 *
 * <p>An integrator assumes the right-hand side is smooth on {@code [t0, t1]}. Callers split the time axis at
 * every dose time and every change of a piecewise-constant input, and apply a bolus as a reset of {@code y} (or of
 * state held by the {@code OdeSystem}) between two calls. Output times inside a smooth segment need no split: pass
 * them to {@link org.escalon.core.ode.OdeIntegrator#integrate(OdeSystem, double, double[], double, double[], int,
 * double[])} (dense output, the same steps as without outputs). A system whose trailing states are constant in
 * its current configuration says so with {@link org.escalon.core.ode.OdeSystem#integratedDimension()}, and the
 * integrators then integrate and error-control only the leading ones:
 *
 * <pre>
 *   for each segment [t_k, t_k+1]:
 *     apply the dosing events at t_k to y (and to the system's forcing state)
 *     integrator.integrate(system, t_k, y, t_k+1)      // y now holds the state at t_k+1, exactly at t_k+1
 * </pre>
 *
 * <p>Call {@link org.escalon.core.ode.OdeIntegrator#reset()} between patients so that results do not depend on
 * the simulation order.
 *
 * <h2>Thread-safety</h2>
 *
 * <p>Integrators are mutable engines (work arrays, step-size history, counters) and are not thread-safe: use
 * one per thread (for example one per Monte Carlo worker), re-used across patients. {@code OdeTolerances} is an
 * immutable value. All public types of this package are API; {@code Checks}, {@code DormandPrince54Tableau},
 * {@code StartingStep}, {@code PiStepController}, {@code ContinuousExtension}, {@code EmbeddedRungeKuttaIntegrator},
 * {@code Tsitouras54Tableau} and {@code ExponentialQuadrature} (the parts of the Dormand–Prince
 * loop, separated as Hipparchus separates step, error estimate and step control) are internal.
 */
package org.escalon.core.ode;
