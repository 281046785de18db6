package org.retentionsuite.feedback.domain;

/** A survey's metrics over one period: the score of its kind (the other two are null) and the response rate. */
public record SurveyMetrics(NpsScore nps, CsatScore csat, CesScore ces, ResponseRate responseRate) {

    /** The tally must have been counted with the survey's {@link Survey#scoreBands()}. */
    public static SurveyMetrics of(Survey survey, ScoreTally scores, ResponseRate responseRate) {
        return switch (survey.kind()) {
            case NPS -> new SurveyMetrics(NpsScore.of(scores), null, null, responseRate);
            case CSAT -> new SurveyMetrics(null, CsatScore.of(scores), null, responseRate);
            case CES -> new SurveyMetrics(null, null, CesScore.of(scores, survey.terms().cesVariant()), responseRate);
        };
    }
}
