package org.retentionsuite.feedback.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.feedback.service.ReminderService;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyLink;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many respondents, or many replicas, at once: nothing is recorded twice and no limit is overshot. */
@QuarkusTest
class ConcurrentRespondentsOverGrpcTest {

    private static final int PARALLEL = 16;

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    MovableClock clock;

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Survey active(SurveyDetails.Builder details) {
        Survey survey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).setDetails(details).build())
                .getSurvey();
        return feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey.getId()).build()).getSurvey();
    }

    private static <T> List<Object> inParallel(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Object>> futures = calls.stream().map(call -> pool.submit(() -> {
                start.await();
                try {
                    return (Object) call.call();
                } catch (StatusRuntimeException refused) {
                    return refused;
                }
            })).toList();
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofParallelSubmitsOfOneLinkSessionExactlyOneCompletes() throws Exception {
        Survey survey = active(SurveyDetails.newBuilder());
        SurveyLink link = feedback.createSurveyLink(CreateSurveyLinkRequest.newBuilder().setSurveyId(survey.getId()).build())
                .getLink();
        String session = feedback.getSurveyForm(GetSurveyFormRequest.newBuilder().setLinkSlug(link.getSlug()).build())
                .getLinkSession();

        List<Object> results = inParallel(IntStream.range(0, PARALLEL).<Callable<Object>>mapToObj(i -> () ->
                feedback.submitResponse(SubmitResponseRequest.newBuilder().setLinkSlug(link.getSlug())
                        .setLinkSession(session).setScore(i % 11).build())).toList());

        assertEquals(1, results.stream().filter(r -> !(r instanceof StatusRuntimeException)).count());
        assertEquals(PARALLEL - 1, results.stream().filter(r -> r instanceof StatusRuntimeException e
                && e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION).count());
        SurveyLink stats = feedback.getSurveyLink(GetSurveyLinkRequest.newBuilder().setSurveyId(survey.getId()).build())
                .getLink();
        assertEquals(1, stats.getStarts());
        assertEquals(1, stats.getCompleted());
    }

    @Test
    void parallelLastResponsesDoNotOvershootTheLimit() throws Exception {
        Survey survey = active(SurveyDetails.newBuilder().setResponseLimit(3));
        List<String> tokens = IntStream.range(0, PARALLEL).mapToObj(i -> Surveys.token(feedback, survey.getId())).toList();

        List<Object> results = inParallel(tokens.stream().<Callable<Object>>map(token -> () ->
                feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(9).build())).toList());

        assertEquals(3, results.stream().filter(r -> !(r instanceof StatusRuntimeException)).count());
        assertEquals(3L, ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM response WHERE survey_id = :s AND status = 'COMPLETED'")
                .setParameter("s", UUID.fromString(survey.getId())).getSingleResult()).longValue());
    }

    @Test
    void replicasRunningTheReminderPassAtOnceRecordEachReminderOnce() throws Exception {
        clock.setTo(Instant.parse("2032-05-01T08:00:00Z"));
        Survey survey = active(SurveyDetails.newBuilder().setReminderAfterDays(2));
        String[] customers = IntStream.range(0, 40).mapToObj(i -> Surveys.newCustomer()).toArray(String[]::new);
        Surveys.invite(feedback, survey.getId(), customers);
        clock.advance(Duration.ofDays(2));

        List<Object> recorded = inParallel(IntStream.range(0, 4).<Callable<Object>>mapToObj(i ->
                reminders::recordDueReminders).toList());

        assertEquals(40, recorded.stream().mapToInt(r -> (Integer) r).sum());
        assertEquals(40L, ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM invitation_reminder WHERE survey_id = :s")
                .setParameter("s", UUID.fromString(survey.getId())).getSingleResult()).longValue());
    }
}
