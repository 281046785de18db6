package org.retentionsuite.gateway.error;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retentionsuite.gateway.client.CircuitOpenException;
import org.retentionsuite.gateway.client.DownstreamException;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each reason a service gives for refusing a request has its own problem type. */
class DownstreamProblemsTest {

    @ParameterizedTest
    @CsvSource({
            "NOT_ENOUGH_POINTS, /problems/not-enough-points, 409",
            "OUT_OF_STOCK, /problems/out-of-stock, 409",
            "REWARD_NOT_AVAILABLE, /problems/reward-not-available, 409",
            "MEMBER_LIMIT_REACHED, /problems/member-limit-reached, 409",
            "RESERVATION_EXPIRED, /problems/reservation-expired, 409",
            "REDEMPTION_NOT_OPEN, /problems/redemption-not-open, 409",
            "MEMBER_SUSPENDED, /problems/member-suspended, 409",
            "RETURN_EXCEEDS_ORDER, /problems/return-exceeds-order, 409",
            "SELF_REFERRAL, /problems/self-referral, 409",
            "REFERRAL_LIMIT_REACHED, /problems/referral-limit-reached, 409",
            "IDEMPOTENCY_KEY_REUSED, /problems/idempotency-key-reused, 422",
            "SOMETHING_NEW, /problems/conflict, 409"})
    void aRefusalWithAReasonBecomesTheReasonsProblem(String reason, String type, int status) {
        Problem problem = problemOf(refusal(reason));

        assertEquals(URI.create(type), problem.type());
        assertEquals(status, problem.status());
        assertEquals("refused", problem.detail());
    }

    @ParameterizedTest
    @CsvSource({
            "tiers[1].earn_multiplier, tiers[1].earnMultiplier",
            "window_kind, window",
            "cap_period, capPeriod",
            "marketing_consent_only, marketingConsent",
            "referral_code, referralCode"})
    void aContractFieldIsNamedAsTheRestRequestNamesIt(String protoPath, String jsonPath) {
        assertEquals(jsonPath, FieldNames.toJsonPath(protoPath));
    }

    @Test
    void aRefusalWithoutAReasonIsAPlainConflict() {
        Problem problem = problemOf(new DownstreamException("loyalty",
                Status.FAILED_PRECONDITION.withDescription("refused").asRuntimeException()));

        assertEquals(URI.create("/problems/conflict"), problem.type());
        assertEquals(409, problem.status());
    }

    @Test
    void aRequestStillInFlightIsItsOwnConflict() {
        Problem problem = problemOf(new DownstreamException("loyalty",
                Status.ABORTED.withDescription("key k is being processed").asRuntimeException()));

        assertEquals(URI.create("/problems/request-in-flight"), problem.type());
        assertEquals(409, problem.status());
        assertEquals("key k is being processed", problem.detail());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INVALID_ARGUMENT | 400 | /problems/invalid-request | bad",
            "OUT_OF_RANGE | 400 | /problems/invalid-request | bad",
            "NOT_FOUND | 404 | /problems/not-found | bad",
            "ALREADY_EXISTS | 409 | /problems/conflict | bad",
            "UNAVAILABLE | 503 | /problems/service-unavailable | the loyalty service is unavailable; try again later",
            "RESOURCE_EXHAUSTED | 503 | /problems/service-unavailable | the loyalty service is overloaded; try again later",
            "DEADLINE_EXCEEDED | 504 | /problems/service-timeout | the loyalty service did not answer within the gateway's deadline",
            "UNIMPLEMENTED | 501 | /problems/not-implemented | the loyalty service does not offer this yet",
            "INTERNAL | 502 | /problems/service-failure | the loyalty service failed",
            "UNKNOWN | 502 | /problems/service-failure | the loyalty service failed",
            "DATA_LOSS | 502 | /problems/service-failure | the loyalty service failed"})
    void eachGrpcStatusHasItsHttpStatusAndProblemType(Status.Code code, int status, String type, String detail) {
        Problem problem = problemOf(new DownstreamException("loyalty", Status.fromCode(code).withDescription("bad")
                .asRuntimeException()));

        assertEquals(URI.create(type), problem.type());
        assertEquals(status, problem.status());
        assertEquals(detail, problem.detail());
        assertEquals("/api/v1/test", problem.instance());
    }

    @Test
    void anOpenCircuitIsItsOwnProblemWithRetryAfter() {
        Response response = DownstreamProblems.toResponse(new CircuitOpenException("feedback", Duration.ofMillis(1200)),
                "/api/v1/surveys");
        Problem problem = (Problem) response.getEntity();

        assertEquals(503, response.getStatus());
        assertEquals(URI.create("/problems/circuit-open"), problem.type());
        assertEquals("the feedback service failed repeatedly; the gateway stops calling it for 2 s; try again later",
                problem.detail());
        assertEquals("2", response.getHeaderString("Retry-After"));
    }

    @Test
    void anOverloadedServiceIsWorthARetryAfterASecond() {
        Response response = DownstreamProblems.toResponse(new DownstreamException("loyalty",
                Status.RESOURCE_EXHAUSTED.withDescription("128 calls in progress").asRuntimeException()), "/api/v1/test");

        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
    }

    private static DownstreamException refusal(String reason) {
        return new DownstreamException("loyalty", StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Code.FAILED_PRECONDITION_VALUE)
                .setMessage("refused")
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reason).setDomain("loyalty.retention").build()))
                .build()));
    }

    private static Problem problemOf(DownstreamException e) {
        Response response = DownstreamProblems.toResponse(e, "/api/v1/test");
        Problem problem = (Problem) response.getEntity();
        assertEquals(problem.status(), response.getStatus());
        return problem;
    }
}
