package org.retentionsuite.segmentation.domain.playbook;

import java.util.UUID;

/** What a playbook does for a treated customer. Unused fields are null (or 0). */
public record PlaybookAction(Kind kind, String programId, long points, SurveyPurpose surveyPurpose, String alertMessage,
        UUID rewardId) {

    public enum Kind {
        /** Points in a loyalty programme, through loyalty's AdjustPoints. */
        BONUS_POINTS,
        /** An invitation to the check-in or exit survey, through feedback's InviteToPurposeSurvey. */
        SURVEY_INVITATION,
        /** An alert record kept here. */
        ALERT,
        /** A reward of a loyalty programme given free of points, through loyalty's OfferReward. */
        REWARD_OFFER
    }

    public enum SurveyPurpose {
        CHECK_IN,
        EXIT
    }
}
