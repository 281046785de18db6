package org.retentionsuite.segmentation.domain.rfm;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RfmSegmentTest {

    @Test
    void everyCellOfTheGridHasItsNamedSegment() {
        // Rows R = 5 down to 1, columns FM = 1 to 5, as in the grid of RfmSegment's documentation.
        String[][] grid = {
                {"NEW", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "CHAMPIONS", "CHAMPIONS"},
                {"PROMISING", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "LOYAL", "LOYAL"},
                {"ABOUT_TO_SLEEP", "ABOUT_TO_SLEEP", "NEED_ATTENTION", "LOYAL", "LOYAL"},
                {"HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE_THEM"},
                {"LOST", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE_THEM"}};
        for (int row = 0; row < 5; row++) {
            for (int fm = 1; fm <= 5; fm++) {
                assertEquals(RfmSegment.valueOf(grid[row][fm - 1]), RfmSegment.of(5 - row, fm, fm),
                        "R=" + (5 - row) + " FM=" + fm);
            }
        }
    }

    @Test
    void frequencyAndMonetaryCombineIntoTheirMeanRoundedHalfUp() {
        assertEquals(3, RfmSegment.frequencyMonetary(4, 2));
        assertEquals(4, RfmSegment.frequencyMonetary(3, 4));
        assertEquals(1, RfmSegment.frequencyMonetary(1, 1));
        assertEquals(RfmSegment.POTENTIAL_LOYALIST, RfmSegment.of(4, 4, 2));
        assertEquals(RfmSegment.AT_RISK, RfmSegment.of(2, 3, 4));
    }

    @Test
    void theCellsOfASegmentAreItsRAndFmPairs() {
        assertEquals(List.of(15, 25), RfmSegment.CANT_LOSE_THEM.cells());
        assertEquals(List.of(11), RfmSegment.LOST.cells());
        assertEquals(List.of(34, 35, 44, 45), RfmSegment.LOYAL.cells());
    }

    @Test
    void theDistributionSumsScoreTriplesIntoSegmentsAndListsEverySegment() {
        RfmDistribution distribution = RfmDistribution.of(java.time.LocalDate.of(2024, 1, 31),
                Map.of(555, 3L, 545, 1L, 111, 2L, 433, 4L));

        Map<RfmSegment, Long> expected = new EnumMap<>(RfmSegment.class);
        for (RfmSegment segment : RfmSegment.values()) {
            expected.put(segment, 0L);
        }
        expected.put(RfmSegment.CHAMPIONS, 4L);
        expected.put(RfmSegment.LOST, 2L);
        expected.put(RfmSegment.POTENTIAL_LOYALIST, 4L);
        assertEquals(expected, distribution.counts());
        assertEquals(10, distribution.customerCount());
        assertEquals(40.0, distribution.sharePercent(RfmSegment.CHAMPIONS));
        assertEquals(0.0, distribution.sharePercent(RfmSegment.NEW));
    }
}
