package org.retentionsuite.feedback.domain;

import java.util.UUID;

/** A survey's public link: its views, the form sessions that submitted anything, and those completed. */
public record LinkStats(UUID surveyId, String slug, long views, long starts, long completed) {

    /** Starts per view in percent, one decimal; null with no views. */
    public Double startRate() {
        return Percent.of(starts, views);
    }
}
