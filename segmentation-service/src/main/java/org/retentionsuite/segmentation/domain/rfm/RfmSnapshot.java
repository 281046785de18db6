package org.retentionsuite.segmentation.domain.rfm;

import java.time.Instant;
import java.time.LocalDate;

/** A stored pass over every customer's RFM as of a date, with its quintile boundaries. */
public record RfmSnapshot(long id, LocalDate asOf, Instant computedAt, long customerCount, RfmQuintiles quintiles,
        long durationMillis) {

    /** The customer's RFM scored among the snapshot's customers, for one it does not hold. */
    public CustomerRfm score(String customerId, int recencyDays, long frequency, long monetaryMinor) {
        return new CustomerRfm(customerId, asOf, recencyDays, frequency, monetaryMinor,
                quintiles.recencyScore(recencyDays), quintiles.frequencyScore(frequency),
                quintiles.monetaryScore(monetaryMinor), computedAt);
    }
}
