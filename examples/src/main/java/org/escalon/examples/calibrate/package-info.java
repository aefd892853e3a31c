/**
 * The {@code calibrate} command's file and outputs: {@link org.escalon.examples.calibrate.CalibrationFile} reads a
 * calibration file strictly (field-path errors, the scenario files' binding), and
 * {@link org.escalon.examples.calibrate.CalibrationOutputs} writes calibration.json, tidy CSVs, the convergence
 * chart, model.yaml and report.html. The fitting itself is {@link org.escalon.core.calibration}. Not internal;
 * immutable values and stateless writers.
 */
package org.escalon.examples.calibrate;
