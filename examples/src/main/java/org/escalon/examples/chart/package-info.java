/**
 * Small charts for the reports, drawn by one code path onto two canvases: SVG whose labels are real {@code <text>}
 * elements (editable in slide software, searchable, a few kB) and PNG through Java2D. XChart, used before, draws
 * every label as a filled outline (its text parts fill {@code TextLayout} outlines whatever the Graphics2D), which
 * made SVGs of 0.3–1.3 MB without any text. A {@link org.escalon.examples.chart.Figure} holds one or more
 * {@link org.escalon.examples.chart.Panel}s (facets share colours and the legend); a panel has a numeric or
 * categorical x axis, nice ticks ({@code Ticks}: 1, 2, 2.5, 5 × 10^k, whole numbers on count axes) and layers:
 * grouped or stacked bars, lines with markers and error bars, histogram step lines, reference lines.
 *
 * <p>Not thread-safe; build one figure per thread.
 */
package org.escalon.examples.chart;
