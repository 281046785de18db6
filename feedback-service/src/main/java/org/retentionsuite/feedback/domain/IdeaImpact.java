package org.retentionsuite.feedback.domain;

/**
 * Who an idea would help: the responses linked, the distinct customers behind them and their value
 * where known (null when no link carried one). Priority is customers per point of effort.
 */
public record IdeaImpact(int responses, int customers, Long valueMinor) {

    public static final IdeaImpact NONE = new IdeaImpact(0, 0, null);

    public double priority(int effort) {
        return Math.round(100.0 * customers / effort) / 100.0;
    }
}
