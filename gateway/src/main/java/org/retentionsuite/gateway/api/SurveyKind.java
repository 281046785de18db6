package org.retentionsuite.gateway.api;

public enum SurveyKind {
    NPS,
    CSAT,
    CES
}
