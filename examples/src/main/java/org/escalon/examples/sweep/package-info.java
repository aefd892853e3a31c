/**
 * Scenario files and sweeps for design meetings: {@link org.escalon.examples.sweep.ScenarioFile} reads a YAML or
 * JSON scenario strictly (every error names the file, the field path and what is allowed) in three steps, each
 * its own class: strict binding ({@code ScenarioBinding}), grid expansion ({@code ScenarioGrid}) and resolution
 * into domain objects ({@code ScenarioResolver}, with {@code ScenarioDesigns} and {@code FieldChecks}), giving one
 * {@link org.escalon.examples.sweep.GridPoint} per combination (grid axes may be model assumptions: {@code
 * model.parameters.NAME}, {@code model.omega.NAME}); {@link org.escalon.examples.sweep.Sweep} runs them;
 * {@link org.escalon.examples.sweep.SweepOutputs} writes summary.json, tidy CSVs ({@code SummaryTables}: the per-design
 * summary and the paired schedule differences of {@code SchedulePairs}), charts ({@code Plots}, {@code BlrmPlots},
 * drawn with {@link org.escalon.examples.chart.Figure}: SVG with real text, and PNG) and a self-contained
 * report.html ({@code HtmlReport}, {@code ReportTables}, {@code ReportDesigns}) into the staging directory of an {@link
 * org.escalon.examples.io.OutputSet}, which
 * puts it in place only when complete; {@code PointTable} is the per-point table ({@code points.csv}, a column per
 * grid axis), {@code Sensitivity} regroups it by varied model parameter and {@code SensitivityPlots} draws one
 * panel per such parameter;
 * {@link org.escalon.examples.sweep.NonmemExport} writes simulated patients in the NONMEM data layout.
 *
 * <p>Everything here may do file I/O; the library modules do none. Not thread-safe unless a class says so.
 */
package org.escalon.examples.sweep;
