package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.Map;

/** A stored CLV fit. A standard error is null when the likelihood was too flat to estimate it. */
public record ClvFitView(String id, String calibrationStart, String calibrationEnd, ClvTimeUnit timeUnit,
        String currency, int customerCount, int repeatBuyerCount, BgNbd bgnbd, GammaGamma gammaGamma,
        Instant fittedAt) {

    /** Purchase counts and dropout (Fader, Hardie and Lee 2005). */
    public record BgNbd(double r, double alpha, double a, double b, double logLikelihood,
            Map<String, Double> standardErrors) {
    }

    /** Spend per purchase, in major units of {@code currency}. */
    public record GammaGamma(double p, double q, double gamma, double logLikelihood,
            Map<String, Double> standardErrors) {
    }
}
