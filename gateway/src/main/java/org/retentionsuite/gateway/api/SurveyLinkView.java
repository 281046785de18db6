package org.retentionsuite.gateway.api;

/** A survey's anonymous public link, its views, starts (form sessions that submitted anything) and completed responses. */
public record SurveyLinkView(String surveyId, String slug, String link, long views, long starts, long completed,
        Double startRate) {
}
