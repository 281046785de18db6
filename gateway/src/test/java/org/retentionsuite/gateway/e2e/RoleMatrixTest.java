package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * Each endpoint × each caller: without credentials 401; a role the endpoint is not for 403; a role it
 * is for gets exactly the answer an admin gets (bodies are empty or ids unknown, so nothing changes);
 * a member token only for its own customer, 403 for anyone else's.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String A = "admin";
    private static final String I = "integration";
    private static final String N = "analyst";
    private static final String M = "member";
    private static final String PUBLIC = "public";
    private static final String OWN = "C-matrix-own";
    private static final String OTHER = "C-matrix-other";

    private record Endpoint(String method, String path, Set<String> roles) {
    }

    private static Endpoint e(String method, String path, String... roles) {
        return new Endpoint(method, path, Set.of(roles));
    }

    /** The role rules of the API, as the README documents them. */
    static final List<Endpoint> ENDPOINTS = List.of(
            e("POST", "/api/v1/programs", A),
            e("GET", "/api/v1/programs/{programId}", A, I, N),
            e("POST", "/api/v1/programs/{programId}/members", A, I),
            e("GET", "/api/v1/programs/{programId}/members", A, N),
            e("GET", "/api/v1/programs/{programId}/members/{customerId}", A, I, N, M),
            e("POST", "/api/v1/programs/{programId}/members/{customerId}/suspend", A),
            e("POST", "/api/v1/programs/{programId}/members/{customerId}/reactivate", A),
            e("GET", "/api/v1/programs/{programId}/members/{customerId}/ledger", A, I, N, M),
            e("GET", "/api/v1/programs/{programId}/members/{customerId}/expiring-points", A, I, N, M),
            e("GET", "/api/v1/programs/{programId}/members/{customerId}/tier-changes", A, I, N, M),
            e("GET", "/api/v1/programs/{programId}/members/{customerId}/badges", A, I, N, M),
            e("POST", "/api/v1/programs/{programId}/members/{customerId}/events", A, I),
            e("POST", "/api/v1/programs/{programId}/members/{customerId}/redemptions", A, I, M),
            e("POST", "/api/v1/programs/{programId}/members/{customerId}/reward-offers", A),
            e("POST", "/api/v1/programs/{programId}/redemptions/{redemptionId}/commit", A, I),
            e("POST", "/api/v1/programs/{programId}/redemptions/{redemptionId}/cancel", A, I),
            e("POST", "/api/v1/programs/{programId}/tier-ladder", A),
            e("GET", "/api/v1/programs/{programId}/tier-ladder", A, I, N, M),
            e("POST", "/api/v1/programs/{programId}/tier-evaluations", A),
            e("POST", "/api/v1/programs/{programId}/purchases", A, I),
            e("POST", "/api/v1/programs/{programId}/returns", A, I),
            e("POST", "/api/v1/programs/{programId}/event-rules", A),
            e("POST", "/api/v1/programs/{programId}/earning-rules", A),
            e("POST", "/api/v1/programs/{programId}/rewards", A),
            e("GET", "/api/v1/programs/{programId}/rewards", A, I, N, M),
            e("POST", "/api/v1/programs/{programId}/challenges", A),
            e("GET", "/api/v1/programs/{programId}/leaderboard", A, N),
            e("POST", "/api/v1/activities", A, I),
            e("POST", "/api/v1/activities/import", A, I),
            e("GET", "/api/v1/customers/{customerId}", A, N),
            e("GET", "/api/v1/customers/{customerId}/insights", A, N),
            e("GET", "/api/v1/customers/{customerId}/clv", A, N),
            e("POST", "/api/v1/clv/fits", A),
            e("GET", "/api/v1/clv/fits/{fitId}", A, N),
            e("GET", "/api/v1/clv/fits/{fitId}/holdout", A, N),
            e("POST", "/api/v1/surveys", A),
            e("GET", "/api/v1/surveys/{surveyId}", A, N),
            e("POST", "/api/v1/surveys/{surveyId}/activate", A),
            e("POST", "/api/v1/surveys/{surveyId}/pause", A),
            e("POST", "/api/v1/surveys/{surveyId}/close", A),
            e("POST", "/api/v1/surveys/{surveyId}/invitations", A, I),
            e("GET", "/api/v1/surveys/{surveyId}/metrics", A, N),
            e("POST", "/api/v1/responses", PUBLIC),
            e("POST", "/api/v1/privacy/exports/{customerId}", A),
            e("POST", "/api/v1/privacy/erasures/{customerId}", A),
            e("POST", "/api/v1/programs/{programId}/members/{customerId}/adjustments", A, I),
            e("PUT", "/api/v1/surveys/{surveyId}", A),
            e("POST", "/api/v1/surveys/{surveyId}/link", A),
            e("GET", "/api/v1/surveys/{surveyId}/link", A, N),
            e("GET", "/api/v1/surveys/{surveyId}/metrics/comparison", A, N),
            e("GET", "/api/v1/surveys/{surveyId}/metrics/breakdown", A, N),
            e("POST", "/api/v1/purpose-invitations", A, I),
            e("POST", "/api/v1/survey-reminders/take", A, I),
            e("GET", "/api/v1/cases", A, N),
            e("GET", "/api/v1/cases/overdue", A, N),
            e("GET", "/api/v1/cases/{caseId}", A, N),
            e("POST", "/api/v1/cases/{caseId}/assignment", A, I),
            e("POST", "/api/v1/cases/{caseId}/transitions", A, I),
            e("POST", "/api/v1/cases/{caseId}/notes", A, I),
            e("GET", "/api/v1/customers/{customerId}/feedback", A, I, N),
            e("GET", "/api/v1/customers/{customerId}/feedback/export", A),
            e("DELETE", "/api/v1/customers/{customerId}/feedback", A),
            e("POST", "/api/v1/tag-rules", A),
            e("GET", "/api/v1/tag-rules", A, N),
            e("POST", "/api/v1/responses/{responseId}/tags", A, N),
            e("POST", "/api/v1/ideas", A, N),
            e("GET", "/api/v1/ideas", A, N),
            e("POST", "/api/v1/ideas/{ideaId}/responses", A, N),
            e("POST", "/api/v1/ideas/{ideaId}/ship", A),
            e("POST", "/api/v1/customers/attributes", A, I),
            e("GET", "/api/v1/rfm", A, N),
            e("GET", "/api/v1/rfm/customers", A, N),
            e("POST", "/api/v1/rfm/snapshot/refresh", A),
            e("GET", "/api/v1/kpis", A, N),
            e("GET", "/api/v1/cohorts", A, N),
            e("GET", "/api/v1/vip", A, N),
            e("GET", "/api/v1/customers/{customerId}/churn-risk", A, I, N),
            e("POST", "/api/v1/segments", A),
            e("GET", "/api/v1/segments", A, N),
            e("GET", "/api/v1/segments/{segmentId}", A, N),
            e("GET", "/api/v1/segments/{segmentId}/members", A, N),
            e("GET", "/api/v1/segments/{segmentId}/members/{customerId}", A, I, N),
            e("GET", "/api/v1/segments/{segmentId}/changes", A, N),
            e("POST", "/api/v1/segments/{segmentId}/refresh", A),
            e("POST", "/api/v1/playbooks", A),
            e("GET", "/api/v1/playbooks", A, N),
            e("GET", "/api/v1/playbooks/{playbookId}", A, N),
            e("GET", "/api/v1/playbooks/{playbookId}/report", A, N),
            e("GET", "/api/v1/playbooks/{playbookId}/alerts", A, I, N));

    @Test
    void everyEndpointAnswersEachCallerAsItsRolesSay() {
        String programId = LoyaltyFixtures.newProgram("{}");
        LoyaltyFixtures.enroll(programId, OWN);
        Map<String, String> ids = Map.of("{programId}", programId, "{customerId}", OWN,
                "{surveyId}", UUID.randomUUID().toString(), "{fitId}", UUID.randomUUID().toString(),
                "{redemptionId}", UUID.randomUUID().toString(), "{caseId}", UUID.randomUUID().toString(),
                "{ideaId}", UUID.randomUUID().toString(), "{responseId}", UUID.randomUUID().toString(),
                "{segmentId}", UUID.randomUUID().toString(), "{playbookId}", UUID.randomUUID().toString());
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String path = endpoint.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            int reference = call(endpoint, path, Api::asAdmin);
            expect(mismatches, endpoint, "anonymous", endpoint.roles().contains(PUBLIC) ? reference : 401,
                    call(endpoint, path, () -> given().contentType("application/json")));
            if (endpoint.roles().contains(PUBLIC)) {
                continue;
            }
            if (reference == 401 || reference == 403) {
                mismatches.add(endpoint.method() + " " + endpoint.path() + ": admin got " + reference);
            }
            expect(mismatches, endpoint, I, endpoint.roles().contains(I) ? reference : 403, call(endpoint, path, Api::asIntegration));
            expect(mismatches, endpoint, N, endpoint.roles().contains(N) ? reference : 403, call(endpoint, path, Api::asAnalyst));
            expect(mismatches, endpoint, "member (own)", endpoint.roles().contains(M) ? reference : 403,
                    call(endpoint, path, () -> Api.asMember(OWN)));
            if (endpoint.path().contains("{customerId}")) {
                expect(mismatches, endpoint, "member (another customer)", 403, call(endpoint, path, () -> Api.asMember(OTHER)));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static int call(Endpoint endpoint, String path, Supplier<RequestSpecification> caller) {
        RequestSpecification request = caller.get();
        if (endpoint.path().endsWith("/import")) {
            // The import takes CSV; a header without rows changes nothing.
            return request.contentType("text/csv").body("customer_id\n").post(path).statusCode();
        }
        return switch (endpoint.method()) {
            case "GET" -> request.get(path).statusCode();
            // The matrix's customer has no feedback, so erasing it changes nothing.
            case "DELETE" -> request.delete(path).statusCode();
            case "PUT" -> request.body("{}").put(path).statusCode();
            // An empty object: every POST refuses it before doing anything, or the ids are unknown.
            default -> request.body("{}").post(path).statusCode();
        };
    }

    private static void expect(List<String> mismatches, Endpoint endpoint, String caller, int expected, int actual) {
        if (expected != actual) {
            mismatches.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": expected " + expected + ", got " + actual);
        }
    }
}
