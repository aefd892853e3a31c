package org.escalon.simulation.design.blrm;

/**
 * The posterior summary of one dose's DLT probability p_j.
 *
 * @param pUnder P(p_j in the underdosing interval)
 * @param pTarget P(p_j in the target interval)
 * @param pOver P(p_j in the overdosing interval)
 * @param mean the posterior mean of p_j
 * @param q025 the posterior 2.5 % quantile of p_j
 * @param q50 the posterior median of p_j
 * @param q975 the posterior 97.5 % quantile of p_j
 */
public record DoseSummary(
    double pUnder, double pTarget, double pOver, double mean, double q025, double q50, double q975) {}
