package org.retentionsuite.segmentation.domain.clv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * A stored fit of both CLV models on the purchases up to {@code calibrationEnd} of the customers
 * who first purchased on or after {@code calibrationStart} (null: every customer): BG/NBD's
 * (r, alpha, a, b) and Gamma-Gamma's (p, q, gamma), in the order of their parameter records.
 */
public record ClvFit(UUID id, LocalDate calibrationStart, LocalDate calibrationEnd, ClvTimeUnit timeUnit, Currency currency, int customerCount,
        int repeatBuyerCount, Estimate bgnbd, Estimate gammaGamma, Instant fittedAt) {

    public BgNbdParameters bgnbdParameters() {
        return BgNbdParameters.of(bgnbd.parameters());
    }

    public GammaGammaParameters gammaGammaParameters() {
        return GammaGammaParameters.of(gammaGamma.parameters());
    }
}
