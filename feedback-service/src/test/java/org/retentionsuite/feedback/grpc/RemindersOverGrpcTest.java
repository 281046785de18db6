package org.retentionsuite.feedback.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.DueReminder;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.feedback.v1.InvitationResult;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

/** An external mailer takes the invitations due their one reminder over gRPC; each is handed out once. */
@QuarkusTest
class RemindersOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMailerTakesOneReminderPerUnansweredInvitationOnceTheDelayHasPassed() {
        Instant invitedAt = Instant.parse("2032-05-01T09:00:00Z");
        clock.setTo(invitedAt);
        String survey = surveyRemindingAfterDays(2);
        String answering = Surveys.newCustomer();
        String silent = Surveys.newCustomer();
        String forgotten = Surveys.newCustomer();
        List<InvitationResult> invited = Surveys.invite(feedback, survey, answering, silent, forgotten);
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(invited.get(0).getToken()).setScore(9).build());
        feedback.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(forgotten).build());

        clock.advance(Duration.ofDays(2).minusMinutes(1));
        assertEquals(List.of(), takenFor(survey, 500));
        clock.advance(Duration.ofMinutes(1));
        List<DueReminder> taken = takenFor(survey, 500);
        List<DueReminder> again = takenFor(survey, 500);

        assertEquals(List.of(silent), taken.stream().map(DueReminder::getCustomerId).toList());
        DueReminder reminder = taken.get(0);
        assertEquals("en", reminder.getLanguage());
        assertEquals(invitedAt.getEpochSecond(), reminder.getInvitedAt().getSeconds());
        assertEquals(invitedAt.plus(Duration.ofDays(2)).getEpochSecond(), reminder.getDueAt().getSeconds());
        assertEquals(invited.get(1).getExpiresAt(), reminder.getExpiresAt());
        assertEquals(List.of(), again);
    }

    @Test
    void parallelMailersNeverTakeTheSameReminder() throws Exception {
        clock.setTo(Instant.parse("2033-02-01T09:00:00Z"));
        String survey = surveyRemindingAfterDays(1);
        String[] customers = new String[24];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = Surveys.newCustomer();
        }
        Surveys.invite(feedback, survey, customers);
        clock.advance(Duration.ofDays(1));

        ExecutorService mailers = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            runs.add(mailers.submit(() -> {
                List<String> mine = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    feedback.takeDueReminders(TakeDueRemindersRequest.newBuilder().setLimit(3).build()).getRemindersList()
                            .stream().filter(r -> r.getSurveyId().equals(survey)).forEach(r -> mine.add(r.getCustomerId()));
                }
                return mine;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> run : runs) {
            all.addAll(run.get());
        }
        mailers.shutdown();
        all.addAll(takenFor(survey, 500).stream().map(DueReminder::getCustomerId).toList());

        assertEquals(customers.length, all.size());
        assertEquals(Set.of(customers), new HashSet<>(all));
    }

    @Test
    void aLimitOutsideOneToFiveHundredIsRefused() {
        StatusRuntimeException zero = assertThrows(StatusRuntimeException.class,
                () -> feedback.takeDueReminders(TakeDueRemindersRequest.newBuilder().setLimit(0).build()));
        StatusRuntimeException tooMany = assertThrows(StatusRuntimeException.class,
                () -> feedback.takeDueReminders(TakeDueRemindersRequest.newBuilder().setLimit(501).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, zero.getStatus().getCode());
        assertEquals(Map.of("limit", "is not between 1 and 500"), fieldViolations(zero));
        assertEquals(Map.of("limit", "is not between 1 and 500"), fieldViolations(tooMany));
    }

    private String surveyRemindingAfterDays(int days) {
        String survey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS)
                .setDetails(SurveyDetails.newBuilder().setReminderAfterDays(days)).build()).getSurvey().getId();
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey).build());
        return survey;
    }

    /** The reminders of this survey among those taken (other tests' surveys may have some due too). */
    private List<DueReminder> takenFor(String survey, int limit) {
        return feedback.takeDueReminders(TakeDueRemindersRequest.newBuilder().setLimit(limit).build()).getRemindersList()
                .stream().filter(r -> r.getSurveyId().equals(survey)).toList();
    }
}
