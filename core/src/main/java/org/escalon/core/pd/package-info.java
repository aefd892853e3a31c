/**
 * Pharmacodynamic building blocks: IKZF1/3 turnover with stimulated degradation
 * ({@link org.escalon.core.pd.IkzfDegradation}), Friberg myelosuppression ({@link org.escalon.core.pd.Friberg},
 * where the effect acts chosen by {@link org.escalon.core.pd.MyelosuppressionEffect}), tumour kill with resistance
 * and a cemsidomide–dexamethasone interaction term ({@link org.escalon.core.pd.TumourKill}), dexamethasone
 * demargination ({@link org.escalon.core.pd.Demargination}), and exposure-driven adverse-event incidence models
 * ({@link org.escalon.core.pd.IncidenceModel}). The equations are in each class's Javadoc with their references.
 *
 * <p>Each block is a small immutable parameter record (rates per hour) with hot-path instance methods that write its
 * own derivatives, plus static functions that take the parameters one by one (the reference equations and tests).
 * The composed model ({@code core.model.PkPdSystem}) builds the records from an individual's parameters. This
 * package depends on nothing else in Escalon. Immutable; thread-safe.
 */
package org.escalon.core.pd;
