/**
 * Pharmacodynamic building blocks: IKZF1/3 turnover with stimulated degradation, Friberg myelosuppression
 * (proliferation or maturation-arrest variants), tumour kill with resistance and a cemsidomide–dexamethasone
 * interaction term, dexamethasone demargination, and exposure-driven adverse-event incidence models. The equations
 * are in each class's Javadoc with their references. Stateless functions and immutable records; thread-safe.
 */
package org.escalon.core.pd;
