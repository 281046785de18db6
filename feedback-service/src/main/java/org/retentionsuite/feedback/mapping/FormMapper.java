package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.config.InvitationConfig;
import org.retentionsuite.feedback.domain.LinkStats;
import org.retentionsuite.feedback.domain.Question;
import org.retentionsuite.feedback.domain.SurveyContent;
import org.retentionsuite.feedback.domain.SurveyForm;
import org.retentionsuite.proto.feedback.v1.FormChoice;
import org.retentionsuite.proto.feedback.v1.FormQuestion;
import org.retentionsuite.proto.feedback.v1.FormState;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormResponse;
import org.retentionsuite.proto.feedback.v1.QuestionType;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyLink;

/** The respondent's form and the public link, as the contract has them. */
@ApplicationScoped
public class FormMapper {

    private final InvitationConfig config;

    public FormMapper(InvitationConfig config) {
        this.config = config;
    }

    public GetSurveyFormResponse toProto(SurveyForm form) {
        SurveyContent content = form.content();
        GetSurveyFormResponse.Builder proto = GetSurveyFormResponse.newBuilder()
                .setSurveyId(form.survey().id().toString())
                .setSurveyVersion(form.survey().version())
                .setKind(SurveyKind.valueOf("SURVEY_KIND_" + form.survey().kind().name()))
                .setLanguage(form.language())
                .setRightToLeft(form.rightToLeft())
                .setState(FormState.valueOf("FORM_STATE_" + form.state().name()))
                .setTitle(form.text(content.title()))
                .setMainQuestion(form.text(form.survey().question()))
                .setScoreMin(form.survey().terms().scoreMin())
                .setScoreMax(form.survey().terms().scoreMax())
                .setThankYouText(form.text(content.thankYou()))
                .setExpiredText(form.text(content.expired()))
                .setAlreadyAnsweredText(form.text(content.alreadyAnswered()))
                .addAllLanguages(form.languages().stream().sorted().toList());
        for (Question q : content.questions()) {
            proto.addQuestions(FormQuestion.newBuilder()
                    .setId(q.id())
                    .setType(QuestionType.valueOf("QUESTION_TYPE_" + q.type().name()))
                    .setRequired(q.required())
                    .setText(form.text(q.text()))
                    .addAllChoices(q.choices().stream().map(c -> FormChoice.newBuilder()
                            .setId(c.id()).setText(form.text(c.text())).build()).toList())
                    .setRatingMin(q.ratingMin())
                    .setRatingMax(q.ratingMax()));
        }
        if (form.linkSession() != null) {
            proto.setLinkSession(form.linkSession());
        }
        return proto.build();
    }

    public SurveyLink toProto(LinkStats link) {
        SurveyLink.Builder proto = SurveyLink.newBuilder()
                .setSurveyId(link.surveyId().toString())
                .setSlug(link.slug())
                .setLink(config.publicBaseUrl().replaceAll("/+$", "") + "/s/l/" + link.slug())
                .setViews(link.views())
                .setStarts(link.starts())
                .setCompleted(link.completed());
        if (link.startRate() != null) {
            proto.setStartRate(link.startRate());
        }
        return proto.build();
    }
}
