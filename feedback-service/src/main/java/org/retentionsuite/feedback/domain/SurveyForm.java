package org.retentionsuite.feedback.domain;

import java.util.Set;

/**
 * What a respondent's page shows: the survey version's texts in the resolved language, whether it
 * is written right to left, and the form's state. {@code linkSession} is set for a public link only.
 */
public record SurveyForm(Survey survey, SurveyContent content, String language, FormState state, String linkSession) {

    public boolean rightToLeft() {
        return RespondentLanguage.rightToLeft(language);
    }

    public String text(java.util.Map<String, String> texts) {
        return SurveyContent.in(texts, language, survey.defaultLanguage());
    }

    public Set<String> languages() {
        return survey.languages();
    }
}
