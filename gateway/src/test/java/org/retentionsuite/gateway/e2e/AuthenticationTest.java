package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.retentionsuite.gateway.e2e.Api.as;
import static org.retentionsuite.gateway.e2e.Api.asMember;

/** Who is let in: API keys by hash, member tokens of the configured identity provider, nothing else. */
@QuarkusTest
class AuthenticationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROGRAMS = "/api/v1/programs/P-unknown";

    @Test
    void withoutCredentialsTheAnswerIs401WithAChallenge() {
        given().get(PROGRAMS).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"))
                .body("detail", equalTo("send an API key or a member token as Authorization: Bearer <credential>"));
    }

    @Test
    void anUnknownKeyAndAnotherSchemeAre401() {
        as("not-a-key").get(PROGRAMS).then().statusCode(401).contentType(PROBLEM)
                .body("detail", equalTo("the API key is not valid"));
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get(PROGRAMS).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void theWrongRoleIs403() {
        Api.asAnalyst().body("{}").post("/api/v1/programs").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void memberTokensThatAreExpiredForeignOrForgedAre401() {
        String member = "/api/v1/programs/P-unknown/members/C-1";
        as(MemberTokens.expired("C-1")).get(member).then().statusCode(401)
                .body("detail", equalTo("the member token has expired"));
        as(MemberTokens.ofAnotherIssuer("C-1")).get(member).then().statusCode(401)
                .body("detail", equalTo("the member token is not valid"));
        as(MemberTokens.signedByAnotherKey("C-1")).get(member).then().statusCode(401)
                .body("detail", equalTo("the member token is not valid"));
    }

    @Test
    void aMemberReadsTheirOwnMembershipAndNobodyElses() {
        String programId = LoyaltyFixtures.newProgram("{}");
        LoyaltyFixtures.enroll(programId, "C-1");
        LoyaltyFixtures.enroll(programId, "C-2");
        asMember("C-1").get("/api/v1/programs/" + programId + "/members/C-1").then().statusCode(200)
                .body("customerId", equalTo("C-1"));
        asMember("C-1").get("/api/v1/programs/" + programId + "/members/C-2").then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("a member token opens only its own customer's data"));
        asMember("C-1").get("/api/v1/programs/" + programId + "/members/C-2/ledger").then().statusCode(403);
    }

    @Test
    void healthAndMetricsAreOnTheManagementInterfaceOnly() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        // Quarkus publishes the port it bound in tests as a system property.
        String base = "http://localhost:" + System.getProperty("quarkus.management.test-port",
                ConfigProvider.getConfig().getValue("quarkus.management.test-port", String.class));
        given().get(base + "/q/health/ready").then().statusCode(200);
        given().get(base + "/q/metrics").then().statusCode(200);
    }
}
