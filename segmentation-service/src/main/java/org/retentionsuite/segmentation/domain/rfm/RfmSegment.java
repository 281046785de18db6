package org.retentionsuite.segmentation.domain.rfm;

import java.util.ArrayList;
import java.util.List;

/**
 * The named RFM segments on the grid of the recency score (R) and the frequency-monetary score
 * FM, the mean of F and M rounded half up:
 *
 * <pre>
 *  R \ FM   1               2                  3                  4          5
 *  5        New             Potential Loyalist Potential Loyalist Champions  Champions
 *  4        Promising       Potential Loyalist Potential Loyalist Loyal      Loyal
 *  3        About To Sleep  About To Sleep     Need Attention     Loyal      Loyal
 *  2        Hibernating     Hibernating        At Risk            At Risk    Can't Lose Them
 *  1        Lost            Hibernating        At Risk            At Risk    Can't Lose Them
 * </pre>
 */
public enum RfmSegment {
    CHAMPIONS,
    LOYAL,
    POTENTIAL_LOYALIST,
    NEW,
    PROMISING,
    NEED_ATTENTION,
    ABOUT_TO_SLEEP,
    AT_RISK,
    CANT_LOSE_THEM,
    HIBERNATING,
    LOST;

    /** Scores are 1 to 5. */
    public static RfmSegment of(int recency, int frequency, int monetary) {
        int fm = frequencyMonetary(frequency, monetary);
        if (recency <= 2) {
            if (fm == 5) {
                return CANT_LOSE_THEM;
            }
            if (fm >= 3) {
                return AT_RISK;
            }
            return recency == 1 && fm == 1 ? LOST : HIBERNATING;
        }
        if (recency == 3) {
            return fm >= 4 ? LOYAL : fm == 3 ? NEED_ATTENTION : ABOUT_TO_SLEEP;
        }
        if (fm >= 4) {
            return recency == 5 ? CHAMPIONS : LOYAL;
        }
        if (fm >= 2) {
            return POTENTIAL_LOYALIST;
        }
        return recency == 5 ? NEW : PROMISING;
    }

    /** F and M combined: their mean rounded half up, as SQL computes it with {@code (f + m + 1) / 2}. */
    public static int frequencyMonetary(int frequency, int monetary) {
        return (frequency + monetary + 1) / 2;
    }

    /** The (R, FM) cells of this segment, each as R × 10 + FM, for a filter in SQL. */
    public List<Integer> cells() {
        List<Integer> cells = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                // F = M = FM gives that FM.
                if (of(r, fm, fm) == this) {
                    cells.add(r * 10 + fm);
                }
            }
        }
        return cells;
    }
}
