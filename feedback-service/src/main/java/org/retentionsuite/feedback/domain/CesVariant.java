package org.retentionsuite.feedback.domain;

/** The scale of a CES survey's main question: its range and which end means "easy". */
public enum CesVariant {
    /** "The company made it easy": 1-7, higher is easier. */
    AGREEMENT_7(1, 7, false),
    /** "How much effort did it take": 1-5, lower is easier. */
    EFFORT_5(1, 5, true);

    private final int lowest;
    private final int highest;
    private final boolean lowerIsBetter;

    CesVariant(int lowest, int highest, boolean lowerIsBetter) {
        this.lowest = lowest;
        this.highest = highest;
        this.lowerIsBetter = lowerIsBetter;
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
