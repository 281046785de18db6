package org.retentionsuite.segmentation.mapping;

import org.retentionsuite.proto.segmentation.v1.FeedbackScore;
import org.retentionsuite.segmentation.domain.Feedback;
import org.retentionsuite.segmentation.domain.FeedbackKind;
import org.retentionsuite.segmentation.domain.SupportOutcome;

/** The feedback and support details of an activity message, in the domain's terms. */
final class ActivityDetailsMapping {

    private ActivityDetailsMapping() {
    }

    /** An unspecified or unknown kind is null: the domain refuses it. */
    static Feedback feedback(FeedbackScore score) {
        FeedbackKind kind = switch (score.getKind()) {
            case FEEDBACK_KIND_NPS -> FeedbackKind.NPS;
            case FEEDBACK_KIND_CSAT -> FeedbackKind.CSAT;
            case FEEDBACK_KIND_CES -> FeedbackKind.CES;
            case FEEDBACK_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
        };
        return new Feedback(kind, score.getScore(), score.getSurveyId(), score.getResponseId());
    }

    /** Unspecified (the message's default) is null. */
    static SupportOutcome supportOutcome(org.retentionsuite.proto.segmentation.v1.SupportOutcome outcome) {
        return switch (outcome) {
            case SUPPORT_OUTCOME_RESOLVED -> SupportOutcome.RESOLVED;
            case SUPPORT_OUTCOME_UNRESOLVED -> SupportOutcome.UNRESOLVED;
            case SUPPORT_OUTCOME_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }
}
