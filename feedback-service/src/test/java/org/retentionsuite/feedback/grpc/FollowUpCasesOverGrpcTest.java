package org.retentionsuite.feedback.grpc;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.proto.feedback.v1.AddCaseNoteRequest;
import org.retentionsuite.proto.feedback.v1.AssignCaseRequest;
import org.retentionsuite.proto.feedback.v1.CaseNoteKind;
import org.retentionsuite.proto.feedback.v1.CaseStatus;
import org.retentionsuite.proto.feedback.v1.ClosedLoopServiceGrpc.ClosedLoopServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.FollowUpCase;
import org.retentionsuite.proto.feedback.v1.ListCasesRequest;
import org.retentionsuite.proto.feedback.v1.ListCasesResponse;
import org.retentionsuite.proto.feedback.v1.ListOverdueCasesRequest;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;
import org.retentionsuite.proto.feedback.v1.TransitionCaseRequest;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

/** The inner loop: unhappy respondents get a case, worked within the SLA, and are told "we heard you". */
@QuarkusTest
class FollowUpCasesOverGrpcTest {

    private static final Instant ANSWERED = Instant.parse("2026-10-01T09:00:00Z");

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @GrpcClient("feedback")
    ClosedLoopServiceBlockingStub closedLoop;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDetractorOpensACaseDueFortyEightHoursLaterAndAPassiveDoesNot() {
        Survey survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS);
        clock.setTo(ANSWERED);

        SurveyResponse detractor = answer(survey, 6, "Late again");
        SurveyResponse passive = answer(survey, 7, "");

        List<FollowUpCase> cases = casesOf(survey);
        assertEquals(1, cases.size());
        FollowUpCase opened = cases.get(0);
        assertEquals(detractor.getId(), opened.getResponseId());
        assertEquals(detractor.getCustomerId(), opened.getCustomerId());
        assertEquals(CaseStatus.CASE_STATUS_OPEN, opened.getStatus());
        assertEquals(6, opened.getScore());
        assertEquals(SurveyKind.SURVEY_KIND_NPS, opened.getSurveyKind());
        assertEquals("Late again", opened.getComment());
        assertEquals(seconds(ANSWERED), opened.getOpenedAt());
        assertEquals(seconds(ANSWERED.plus(Duration.ofHours(48))), opened.getDueAt());
        assertEquals("", opened.getOwner());
        assertFalse(opened.getOverdue());
        assertTrue(casesOfResponse(survey, passive.getId()).isEmpty());
    }

    @Test
    void csatOneAndTwoAndCesOneToThreeOpenCasesAndTheScoresAboveDoNot() {
        Survey csat = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT);
        Survey ces = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CES);
        for (int score = 1; score <= 5; score++) {
            answer(csat, score, "");
        }
        for (int score = 1; score <= 7; score++) {
            answer(ces, score, "");
        }

        assertEquals(List.of(2, 1), casesOf(csat).stream().map(FollowUpCase::getScore).sorted((a, b) -> b - a).toList());
        assertEquals(List.of(3, 2, 1), casesOf(ces).stream().map(FollowUpCase::getScore).sorted((a, b) -> b - a).toList());
    }

    @Test
    void aSurveysOwnSlaSetsTheDueTime() {
        Survey survey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).setFollowUpSlaHours(4).build())
                .getSurvey();
        assertEquals(4, survey.getFollowUpSlaHours());
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey.getId()).build());
        clock.setTo(ANSWERED);

        answer(survey, 0, "");

        assertEquals(seconds(ANSWERED.plus(Duration.ofHours(4))), casesOf(survey).get(0).getDueAt());
    }

    @Test
    void anSlaOutsideOneHourToAYearIsRefused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.createSurvey(
                Surveys.draft(SurveyKind.SURVEY_KIND_NPS).setFollowUpSlaHours(0).build()));

        assertEquals(Map.of("follow_up_sla_hours", "must be between 1 and 8760 hours"), fieldViolations(refused));
    }

    @Test
    void aCaseGoesFromOpenThroughInProgressAndResolvedToClosed() {
        String caseId = detractorCase();
        clock.setTo(ANSWERED.plus(Duration.ofHours(1)));

        assertEquals(CaseStatus.CASE_STATUS_IN_PROGRESS, move(caseId, CaseStatus.CASE_STATUS_IN_PROGRESS).getStatus());
        FollowUpCase resolved = move(caseId, CaseStatus.CASE_STATUS_RESOLVED);
        assertEquals(seconds(ANSWERED.plus(Duration.ofHours(1))), resolved.getResolvedAt());
        FollowUpCase again = move(caseId, CaseStatus.CASE_STATUS_RESOLVED);
        assertEquals(resolved, again);
        FollowUpCase closed = move(caseId, CaseStatus.CASE_STATUS_CLOSED);
        assertEquals(CaseStatus.CASE_STATUS_CLOSED, closed.getStatus());
        assertEquals(seconds(ANSWERED.plus(Duration.ofHours(1))), closed.getClosedAt());
    }

    @Test
    void skippingAStepOrLeavingClosedIsRefusedNamingBothStatuses() {
        String caseId = detractorCase();

        StatusRuntimeException skipped = assertThrows(StatusRuntimeException.class,
                () -> move(caseId, CaseStatus.CASE_STATUS_RESOLVED));
        assertEquals(Status.Code.FAILED_PRECONDITION, skipped.getStatus().getCode());
        assertEquals("case " + caseId + " cannot move from open to resolved; from open it may move to in progress",
                skipped.getStatus().getDescription());

        move(caseId, CaseStatus.CASE_STATUS_IN_PROGRESS);
        move(caseId, CaseStatus.CASE_STATUS_RESOLVED);
        move(caseId, CaseStatus.CASE_STATUS_CLOSED);
        StatusRuntimeException reopened = assertThrows(StatusRuntimeException.class,
                () -> move(caseId, CaseStatus.CASE_STATUS_IN_PROGRESS));
        assertEquals("case " + caseId + " cannot move from closed to in progress: it is closed",
                reopened.getStatus().getDescription());
        assertEquals(CaseStatus.CASE_STATUS_CLOSED, closedLoopCase(caseId).getStatus());
    }

    @Test
    void aTransitionWithoutAStatusOrToAnUnknownCaseIsRefused() {
        StatusRuntimeException missing = assertThrows(StatusRuntimeException.class, () -> closedLoop.transitionCase(
                TransitionCaseRequest.newBuilder().setCaseId("not-a-case").build()));
        assertEquals(Map.of("case_id", "is not an id (a UUID)", "status", "is required: OPEN, IN_PROGRESS, RESOLVED or CLOSED"),
                fieldViolations(missing));

        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class,
                () -> move("00000000-0000-0000-0000-000000000001", CaseStatus.CASE_STATUS_IN_PROGRESS));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
    }

    @Test
    void anOwnerNotesAndTheWeHeardYouMessageAreRecordedOnTheCaseOncePerKey() {
        String caseId = detractorCase();
        clock.setTo(ANSWERED.plus(Duration.ofMinutes(30)));

        assertEquals("team-berlin", closedLoop.assignCase(AssignCaseRequest.newBuilder().setCaseId(caseId)
                .setOwner("team-berlin").build()).getFollowUpCase().getOwner());
        clock.setTo(ANSWERED.plus(Duration.ofMinutes(45)));
        note(caseId, CaseNoteKind.CASE_NOTE_KIND_INTERNAL, "Called, no answer", "n-1");
        // Written in the same instant: the notes still list in the order they were written.
        FollowUpCase messaged = note(caseId, CaseNoteKind.CASE_NOTE_KIND_CUSTOMER_MESSAGE,
                "We heard you: your refund is on its way.", "m-1");
        FollowUpCase retried = note(caseId, CaseNoteKind.CASE_NOTE_KIND_CUSTOMER_MESSAGE,
                "We heard you: your refund is on its way.", "m-1");

        assertEquals(messaged, retried);
        assertEquals(2, messaged.getNotesCount());
        assertEquals(CaseNoteKind.CASE_NOTE_KIND_INTERNAL, messaged.getNotes(0).getKind());
        assertEquals("Called, no answer", messaged.getNotes(0).getText());
        assertEquals("ana", messaged.getNotes(1).getAuthor());
        assertEquals("We heard you: your refund is on its way.", messaged.getNotes(1).getText());
        assertEquals(seconds(ANSWERED.plus(Duration.ofMinutes(45))), messaged.getCustomerMessagedAt());
        assertEquals(List.of("Called, no answer", "We heard you: your refund is on its way."),
                closedLoopCase(caseId).getNotesList().stream().map(n -> n.getText()).toList());
    }

    @Test
    void notesWrittenInTheSameInstantListInTheOrderTheyWereWritten() {
        String caseId = detractorCase();
        clock.setTo(ANSWERED.plus(Duration.ofMinutes(10)));
        List<String> written = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            written.add("note " + i);
            note(caseId, CaseNoteKind.CASE_NOTE_KIND_INTERNAL, "note " + i, "same-instant-" + i);
        }

        assertEquals(written, closedLoopCase(caseId).getNotesList().stream().map(n -> n.getText()).toList());
    }

    @Test
    void cesOnTheEffortScaleOpensCasesForHighEffortFourAndFive() {
        Survey effort = feedback.activateSurvey(org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest.newBuilder()
                .setSurveyId(feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_CES).setDetails(
                        org.retentionsuite.proto.feedback.v1.SurveyDetails.newBuilder()
                                .setCesVariant(org.retentionsuite.proto.feedback.v1.CesVariant.CES_VARIANT_EFFORT_5))
                        .build()).getSurvey().getId()).build()).getSurvey();
        for (int score = 1; score <= 5; score++) {
            answer(effort, score, "");
        }

        assertEquals(List.of(5, 4), casesOf(effort).stream().map(FollowUpCase::getScore).sorted((a, b) -> b - a).toList());
    }

    @Test
    void aNoteWithoutTextAuthorOrKeyIsRefusedNamingEachField() {
        String caseId = detractorCase();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> closedLoop.addCaseNote(
                AddCaseNoteRequest.newBuilder().setCaseId(caseId).build()));

        assertEquals(Map.of("author", "is required", "text", "is required", "idempotency_key", "is required"),
                fieldViolations(refused));
        assertEquals(0, closedLoopCase(caseId).getNotesCount());
    }

    @Test
    void anUnresolvedCasePastItsDueTimeIsOverdueUntilItIsResolved() {
        clock.setTo(Instant.parse("2020-01-01T00:00:00Z")); // older than any other test's cases
        String caseId = detractorCase();
        clock.advance(Duration.ofHours(48));
        assertFalse(overdueIds().contains(caseId));

        clock.advance(Duration.ofSeconds(1));
        assertEquals(caseId, overdueIds().get(0));
        assertTrue(closedLoopCase(caseId).getOverdue());

        move(caseId, CaseStatus.CASE_STATUS_IN_PROGRESS);
        assertTrue(overdueIds().contains(caseId));
        move(caseId, CaseStatus.CASE_STATUS_RESOLVED);
        assertFalse(overdueIds().contains(caseId));
        assertFalse(closedLoopCase(caseId).getOverdue());
    }

    @Test
    void casesArePagedWithACursorLatestFirst() {
        Survey survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS);
        clock.setTo(ANSWERED);
        for (int i = 0; i < 5; i++) {
            answer(survey, i, "");
            clock.advance(Duration.ofMinutes(1));
        }

        ListCasesResponse first = closedLoop.listCases(ListCasesRequest.newBuilder().setSurveyId(survey.getId()).setLimit(3).build());
        ListCasesResponse second = closedLoop.listCases(ListCasesRequest.newBuilder().setSurveyId(survey.getId()).setLimit(3)
                .setCursor(first.getNextCursor()).build());

        assertEquals(List.of(4, 3, 2), first.getCasesList().stream().map(FollowUpCase::getScore).toList());
        assertEquals(List.of(1, 0), second.getCasesList().stream().map(FollowUpCase::getScore).toList());
        assertEquals("", second.getNextCursor());
        StatusRuntimeException badCursor = assertThrows(StatusRuntimeException.class, () -> closedLoop.listCases(
                ListCasesRequest.newBuilder().setCursor("nonsense").build()));
        assertEquals(Map.of("cursor", "is not a cursor this service handed out"), fieldViolations(badCursor));
    }

    private String detractorCase() {
        Survey survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS);
        answer(survey, 2, "Rude staff");
        return casesOf(survey).get(0).getId();
    }

    private SurveyResponse answer(Survey survey, int score, String comment) {
        return feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(Surveys.token(feedback, survey.getId()))
                .setScore(score).setComment(comment).build()).getResponse();
    }

    private List<FollowUpCase> casesOf(Survey survey) {
        return closedLoop.listCases(ListCasesRequest.newBuilder().setSurveyId(survey.getId()).setLimit(200).build())
                .getCasesList();
    }

    private List<FollowUpCase> casesOfResponse(Survey survey, String responseId) {
        return casesOf(survey).stream().filter(c -> c.getResponseId().equals(responseId)).toList();
    }

    private FollowUpCase move(String caseId, CaseStatus status) {
        return closedLoop.transitionCase(TransitionCaseRequest.newBuilder().setCaseId(caseId).setStatus(status).build())
                .getFollowUpCase();
    }

    private FollowUpCase note(String caseId, CaseNoteKind kind, String text, String key) {
        return closedLoop.addCaseNote(AddCaseNoteRequest.newBuilder().setCaseId(caseId).setKind(kind).setAuthor("ana")
                .setText(text).setIdempotencyKey(key).build()).getFollowUpCase();
    }

    private FollowUpCase closedLoopCase(String caseId) {
        return closedLoop.getCase(org.retentionsuite.proto.feedback.v1.GetCaseRequest.newBuilder().setCaseId(caseId).build())
                .getFollowUpCase();
    }

    private List<String> overdueIds() {
        return closedLoop.listOverdueCases(ListOverdueCasesRequest.newBuilder().setLimit(200).build()).getCasesList()
                .stream().map(FollowUpCase::getId).toList();
    }

    private static Timestamp seconds(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
