package org.retentionsuite.feedback.domain;

/** A survey's metrics over one period: the score of its kind (the other two are null) and the response rate. */
public record SurveyMetrics(NpsScore nps, CsatScore csat, CesScore ces, ResponseRate responseRate) {

    public static SurveyMetrics of(SurveyKind kind, ScoreTally scores, ResponseRate responseRate) {
        return switch (kind) {
            case NPS -> new SurveyMetrics(NpsScore.of(scores), null, null, responseRate);
            case CSAT -> new SurveyMetrics(null, CsatScore.of(scores), null, responseRate);
            case CES -> new SurveyMetrics(null, null, CesScore.of(scores), responseRate);
        };
    }
}
