package org.retentionsuite.feedback.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.ClosedLoopServiceGrpc.ClosedLoopServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.CreateIdeaRequest;
import org.retentionsuite.proto.feedback.v1.CreateTagRuleRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.feedback.v1.IdeaLink;
import org.retentionsuite.proto.feedback.v1.IdeaStatus;
import org.retentionsuite.proto.feedback.v1.ImprovementIdea;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.LinkResponsesRequest;
import org.retentionsuite.proto.feedback.v1.ListIdeasRequest;
import org.retentionsuite.proto.feedback.v1.ResponseTag;
import org.retentionsuite.proto.feedback.v1.ShipIdeaRequest;
import org.retentionsuite.proto.feedback.v1.ShipIdeaResponse;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;
import org.retentionsuite.proto.feedback.v1.TagResponseRequest;
import org.retentionsuite.proto.feedback.v1.TagSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

/** The outer loop: tags by hand and by keyword rules, ideas ranked by impact per effort, and "you said, we did". */
@QuarkusTest
class OuterLoopOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @GrpcClient("feedback")
    ClosedLoopServiceBlockingStub closedLoop;

    @Test
    void aKeywordRuleTagsResponsesInItsLanguageAndPeopleAddTagsByHand() {
        String keyword = "lieferung-" + UUID.randomUUID().toString().substring(0, 8);
        closedLoop.createTagRule(CreateTagRuleRequest.newBuilder().setLanguage("de").setKeyword(keyword.toUpperCase())
                .setTag("delivery").build());
        Survey survey = bilingualSurvey();

        SurveyResponse german = answer(survey.getId(), "de-AT", 3, "Die " + keyword.toUpperCase() + " kam zu spät");
        SurveyResponse english = answer(survey.getId(), "en", 3, "The " + keyword + " was late");

        assertEquals(List.of(tag("delivery", TagSource.TAG_SOURCE_RULE), tag("pricing", TagSource.TAG_SOURCE_MANUAL)),
                closedLoop.tagResponse(TagResponseRequest.newBuilder().setResponseId(german.getId()).addTags("Pricing")
                        .addTags("delivery").build()).getTagsList());
        assertEquals(List.of(tag("late", TagSource.TAG_SOURCE_MANUAL)), closedLoop.tagResponse(TagResponseRequest
                .newBuilder().setResponseId(english.getId()).addTags("late").build()).getTagsList());
    }

    @Test
    void aBadTagOrAnUnknownResponseIsRefused() {
        StatusRuntimeException bad = assertThrows(StatusRuntimeException.class, () -> closedLoop.tagResponse(
                TagResponseRequest.newBuilder().setResponseId(UUID.randomUUID().toString()).addTags("two words").build()));
        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class, () -> closedLoop.tagResponse(
                TagResponseRequest.newBuilder().setResponseId(UUID.randomUUID().toString()).addTags("late").build()));

        assertEquals(Map.of("tags[0]", "must be lower-case letters, digits and '-' (at most 50), such as \"delivery\""),
                fieldViolations(bad));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
    }

    @Test
    void ideasRankByCustomersPerEffortAndShippingNamesTheRespondentsToTell() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        List<SurveyResponse> asking = List.of(answer(survey, "en", 4, "Free returns please"),
                answer(survey, "en", 5, "Returns cost too much"), answer(survey, "en", 6, "Make returns free"));
        SurveyResponse other = answer(survey, "en", 2, "Open on Sundays");
        ImprovementIdea freeReturns = idea("Free returns " + UUID.randomUUID(), 2, "EUR");
        ImprovementIdea sundays = idea("Sunday opening " + UUID.randomUUID(), 1, "");

        ImprovementIdea linked = closedLoop.linkResponses(LinkResponsesRequest.newBuilder().setIdeaId(freeReturns.getId())
                .addLinks(link(asking.get(0), 120_00L)).addLinks(link(asking.get(1), 30_00L)).addLinks(link(asking.get(2), null))
                .addLinks(link(asking.get(2), null)).build()).getIdea();
        closedLoop.linkResponses(LinkResponsesRequest.newBuilder().setIdeaId(sundays.getId()).addLinks(link(other, null)).build());

        assertEquals(3, linked.getResponsesLinked());
        assertEquals(3, linked.getCustomersAffected());
        assertEquals(Money.newBuilder().setCurrencyCode("EUR").setAmountMinor(150_00).build(), linked.getValueAffected());
        assertEquals(1.5, linked.getPriority());
        List<String> ranking = closedLoop.listIdeas(ListIdeasRequest.newBuilder().setStatus(IdeaStatus.IDEA_STATUS_OPEN).build())
                .getIdeasList().stream().map(ImprovementIdea::getId)
                .filter(id -> id.equals(freeReturns.getId()) || id.equals(sundays.getId())).toList();
        assertEquals(List.of(freeReturns.getId(), sundays.getId()), ranking);

        feedback.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(asking.get(1).getCustomerId()).build());
        ShipIdeaResponse shipped = ship(freeReturns.getId(), "You said, we did: returns are free from today.");

        assertEquals(IdeaStatus.IDEA_STATUS_SHIPPED, shipped.getIdea().getStatus());
        assertEquals("You said, we did: returns are free from today.", shipped.getIdea().getAnnouncement());
        assertEquals(List.of(asking.get(0).getCustomerId(), asking.get(2).getCustomerId()).stream().sorted().toList(),
                shipped.getRespondentsList());
        assertEquals(3, shipped.getIdea().getCustomersAffected());
        assertEquals(shipped, ship(freeReturns.getId(), "You said, we did: returns are free from today."));
        StatusRuntimeException again = assertThrows(StatusRuntimeException.class,
                () -> ship(freeReturns.getId(), "Another text"));
        assertEquals(Status.Code.FAILED_PRECONDITION, again.getStatus().getCode());
    }

    @Test
    void anIdeaNeedsATitleAnEffortOfOneToTenAndACurrencyForValues() {
        StatusRuntimeException bad = assertThrows(StatusRuntimeException.class, () -> closedLoop.createIdea(
                CreateIdeaRequest.newBuilder().setEffort(11).setCurrencyCode("EURO").build()));
        assertEquals(Map.of("title", "is required", "effort", "must be between 1 (a day's work) and 10 (a large project)",
                "currency_code", "is not an ISO 4217 currency code such as \"EUR\""), fieldViolations(bad));

        ImprovementIdea withoutCurrency = idea("Gift wrapping " + UUID.randomUUID(), 3, "");
        SurveyResponse response = answer(Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId(), "en", 2, "");
        StatusRuntimeException value = assertThrows(StatusRuntimeException.class, () -> closedLoop.linkResponses(
                LinkResponsesRequest.newBuilder().setIdeaId(withoutCurrency.getId()).addLinks(link(response, 10L)).build()));
        assertEquals(Map.of("links[0].customer_value", "needs an idea created with a currency"), fieldViolations(value));
    }

    private ShipIdeaResponse ship(String idea, String announcement) {
        return closedLoop.shipIdea(ShipIdeaRequest.newBuilder().setIdeaId(idea).setAnnouncement(announcement).build());
    }

    private ImprovementIdea idea(String title, int effort, String currency) {
        return closedLoop.createIdea(CreateIdeaRequest.newBuilder().setTitle(title).setEffort(effort).setCurrencyCode(currency)
                .build()).getIdea();
    }

    private static IdeaLink link(SurveyResponse response, Long value) {
        IdeaLink.Builder link = IdeaLink.newBuilder().setResponseId(response.getId());
        if (value != null) {
            link.setCustomerValue(Money.newBuilder().setCurrencyCode("EUR").setAmountMinor(value));
        }
        return link.build();
    }

    private static ResponseTag tag(String tag, TagSource source) {
        return ResponseTag.newBuilder().setTag(tag).setSource(source).build();
    }

    private Survey bilingualSurvey() {
        Survey draft = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_CSAT).putQuestion("de", "Wie war es?")
                .putQuestion("de-AT", "Wie war's?").build()).getSurvey();
        return feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(draft.getId()).build()).getSurvey();
    }

    private SurveyResponse answer(String survey, String language, int score, String comment) {
        String token = feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(survey)
                .addCustomerIds(Surveys.newCustomer()).setLanguage(language).build()).getResults(0).getToken();
        return feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(score)
                .setComment(comment).build()).getResponse();
    }
}
