package org.retentionsuite.segmentation.domain.playbook;

/** What a playbook does for a treated customer. Unused fields are null (or 0). */
public record PlaybookAction(Kind kind, String programId, long points, SurveyPurpose surveyPurpose, String alertMessage) {

    public enum Kind {
        /** Points in a loyalty programme, through loyalty's AdjustPoints. */
        BONUS_POINTS,
        /** An invitation to the check-in or exit survey, through feedback's InviteToPurposeSurvey. */
        SURVEY_INVITATION,
        /** An alert record kept here. */
        ALERT
    }

    public enum SurveyPurpose {
        CHECK_IN,
        EXIT
    }
}
