/**
 * JMH benchmarks of design-only trials: Monte Carlo throughput (trials per second by thread count) and the time of
 * one exact operating-characteristics computation. Not part of the library API.
 */
package org.escalon.benchmarks.trial;
