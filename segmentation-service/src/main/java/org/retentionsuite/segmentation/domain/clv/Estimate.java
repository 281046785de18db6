package org.retentionsuite.segmentation.domain.clv;

/** A maximum likelihood estimate: the parameters, the log-likelihood there and each parameter's standard error (NaN when not estimable). */
public record Estimate(double[] parameters, double logLikelihood, double[] standardErrors) {
}
