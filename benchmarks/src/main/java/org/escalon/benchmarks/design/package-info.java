/**
 * JMH benchmarks of single design decisions (a model-based design's posterior computation per decision). Not part
 * of the library API.
 */
package org.escalon.benchmarks.design;
