package org.retentionsuite.segmentation.domain.rfm;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RfmQuintilesTest {

    /** Scores 1 to 4 end at recency 300, 200, 100, 30 days; frequency 1, 2, 4, 8; monetary 10, 20, 40, 80 units. */
    private final RfmQuintiles quintiles = new RfmQuintiles(List.of(300, 200, 100, 30), List.of(1L, 2L, 4L, 8L),
            List.of(10_00L, 20_00L, 40_00L, 80_00L));

    @Test
    void aMoreRecentPurchaseScoresHigherAndABoundaryKeepsTheLowerScore() {
        assertEquals(1, quintiles.recencyScore(400));
        assertEquals(1, quintiles.recencyScore(300));
        assertEquals(2, quintiles.recencyScore(299));
        assertEquals(4, quintiles.recencyScore(30));
        assertEquals(5, quintiles.recencyScore(29));
        assertEquals(5, quintiles.recencyScore(0));
    }

    @Test
    void moreFrequentAndBiggerSpendScoreHigherAndABoundaryKeepsTheLowerScore() {
        assertEquals(1, quintiles.frequencyScore(1));
        assertEquals(3, quintiles.frequencyScore(3));
        assertEquals(3, quintiles.frequencyScore(4));
        assertEquals(5, quintiles.frequencyScore(9));
        assertEquals(1, quintiles.monetaryScore(-5_00));
        assertEquals(2, quintiles.monetaryScore(10_01));
        assertEquals(4, quintiles.monetaryScore(80_00));
        assertEquals(5, quintiles.monetaryScore(80_01));
    }

    @Test
    void aSnapshotOfFewerThanFiveCustomersHasFewerBoundaries() {
        RfmQuintiles ofTwo = new RfmQuintiles(List.of(50), List.of(1L), List.of(5_00L));

        assertEquals(1, ofTwo.recencyScore(50));
        assertEquals(2, ofTwo.recencyScore(10));
        assertEquals(2, ofTwo.frequencyScore(3));
    }

    @Test
    void aCustomerOutsideTheSnapshotIsScoredAsOfItsDayAndCarriesItsComputingTime() {
        Instant computedAt = Instant.parse("2026-11-22T03:00:00Z");
        RfmSnapshot snapshot = new RfmSnapshot(7, LocalDate.of(2026, 11, 22), computedAt, 1000, quintiles, 1200);

        CustomerRfm rfm = snapshot.score("newcomer", 20, 3, 50_00);

        assertEquals(new CustomerRfm("newcomer", LocalDate.of(2026, 11, 22), 20, 3, 50_00, 5, 3, 4, computedAt), rfm);
        assertEquals(RfmSegment.CHAMPIONS, rfm.segment());
    }
}
