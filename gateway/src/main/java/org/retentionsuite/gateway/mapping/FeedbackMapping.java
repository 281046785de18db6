package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.SurveyCreation;
import org.retentionsuite.gateway.api.SurveyKind;
import org.retentionsuite.gateway.api.SurveyView;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Survey;

import java.util.TreeMap;

import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** The survey API's JSON and the feedback contract. */
@ApplicationScoped
public class FeedbackMapping {

    private static final String KIND_PREFIX = "SURVEY_KIND_";

    public CreateSurveyRequest toRequest(SurveyCreation survey) {
        return CreateSurveyRequest.newBuilder()
                .setName(survey.name())
                .setKind(org.retentionsuite.proto.feedback.v1.SurveyKind.valueOf(KIND_PREFIX + survey.kind().name()))
                .setDefaultLanguage(survey.defaultLanguage())
                .putAllQuestion(survey.question())
                .build();
    }

    public SurveyView toView(Survey survey) {
        return new SurveyView(survey.getId(), survey.getName(),
                SurveyKind.valueOf(survey.getKind().name().substring(KIND_PREFIX.length())),
                survey.getDefaultLanguage(), new TreeMap<>(survey.getQuestionMap()),
                survey.getStatus().name().replace("SURVEY_STATUS_", ""), survey.getVersion(),
                toInstant(survey.hasCreatedAt(), survey.getCreatedAt()));
    }
}
