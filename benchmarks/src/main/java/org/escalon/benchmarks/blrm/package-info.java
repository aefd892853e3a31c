/**
 * JMH benchmarks of the BLRM with EWOC: one decision (posterior by quadrature and the rules) for 5 to 15 doses.
 * Benchmark code only; not an API.
 */
package org.escalon.benchmarks.blrm;
