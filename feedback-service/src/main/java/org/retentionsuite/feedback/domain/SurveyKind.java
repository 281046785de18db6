package org.retentionsuite.feedback.domain;

/** What a survey's main question measures, and so its scale. */
public enum SurveyKind {
    /** Net Promoter Score: likelihood to recommend, 0-10. */
    NPS,
    /** Customer satisfaction, 1-5. */
    CSAT,
    /** Customer effort score. */
    CES
}
