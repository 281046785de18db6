package org.retentionsuite.feedback.domain;

/** The scale of a CES survey's main question: its range and which end means "easy". */
public enum CesVariant {
    /** "The company made it easy": 1-7, higher is easier; agree = 5-7. */
    AGREEMENT_7(1, 7, false, new ScoreBands(5, 7, 1, 3)),
    /** "How much effort did it take": 1-5, lower is easier; low effort = 1-2. */
    EFFORT_5(1, 5, true, new ScoreBands(1, 2, 4, 5));

    private final int lowest;
    private final int highest;
    private final boolean lowerIsBetter;
    private final ScoreBands bands;

    CesVariant(int lowest, int highest, boolean lowerIsBetter, ScoreBands bands) {
        this.lowest = lowest;
        this.highest = highest;
        this.lowerIsBetter = lowerIsBetter;
        this.bands = bands;
    }

    /**
     * Agreeing that it was easy (5-7) and disagreeing (1-3) on the agreement scale; on the effort
     * scale, where lower is better, low effort (1-2) and high effort (4-5). The middle counts in
     * the mean only.
     */
    public ScoreBands bands() {
        return bands;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }
}
