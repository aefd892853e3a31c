/**
 * JMH benchmark of a whole calibration ({@link org.escalon.core.calibration}): single-shot, minutes per operation.
 */
package org.escalon.benchmarks.calibration;
