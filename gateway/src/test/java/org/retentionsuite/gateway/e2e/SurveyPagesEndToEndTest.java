package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.retentionsuite.gateway.e2e.SurveyContentEndToEndTest.activeSurvey;
import static org.retentionsuite.gateway.e2e.SurveyContentEndToEndTest.surveyWithQuestions;
import static org.retentionsuite.gateway.e2e.SurveyContentEndToEndTest.token;

/** The respondent's HTML pages, in English and in Arabic (right to left), answered with a plain form post. */
@QuarkusTest
class SurveyPagesEndToEndTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void anEnglishRespondentSeesAnAccessibleFormAndTheThankYouPage() {
        String token = token(activeSurvey(surveyWithQuestions("GENERAL")), null);

        given().header("Accept-Language", "en-GB,en;q=0.9").get("/s/" + token).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Language", "en")
                .body(allOf(containsString("<html lang=\"en\" dir=\"ltr\">"),
                        containsString("<title>Your order</title>"),
                        containsString("<legend>How likely are you to recommend us? <span class=\"required\">(required)</span></legend>"),
                        containsString("<input type=\"radio\" id=\"q-score-10\" name=\"score\" value=\"10\" required><label for=\"q-score-10\">10</label>"),
                        containsString("<legend>What mattered most? <span class=\"required\">(required)</span></legend>"),
                        containsString("<label for=\"q-reason-speed\">Speed</label>"),
                        containsString("<form method=\"post\" action=\"/s/" + token + "\""),
                        containsString("<button type=\"submit\">Send</button>")));

        given().contentType(FORM).formParam("lang", "en").formParam("score", "9").formParam("q.reason", "speed")
                .formParam("comment", "Fast & friendly <b>")
                .post("/s/" + token).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\" dir=\"ltr\">"),
                        containsString("Thank you, we read every answer."), not(containsString("<form"))));
    }

    @Test
    void anArabicRespondentSeesTheFormRightToLeftAndTheMessagesInArabic() {
        String token = token(activeSurvey(surveyWithQuestions("GENERAL")), null);

        given().queryParam("lang", "ar").get("/s/" + token).then().statusCode(200)
                .header("Content-Language", "ar")
                .body(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
                        containsString("<title>طلبك</title>"),
                        containsString("ما مدى احتمال أن توصي بنا؟"),
                        containsString("<label for=\"q-reason-price\">السعر</label>"),
                        containsString("<button type=\"submit\">إرسال</button>")));

        // The required question is left out: the form comes back, in Arabic, naming it, with the score kept.
        given().contentType(FORM).formParam("lang", "ar").formParam("score", "4")
                .post("/s/" + token).then().statusCode(400)
                .body(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
                        containsString("role=\"alert\""),
                        containsString("يرجى الإجابة: ما الأهم بالنسبة لك؟"),
                        containsString("value=\"4\" required checked>")));

        given().contentType(FORM).formParam("lang", "ar").formParam("score", "4").formParam("q.reason", "price")
                .post("/s/" + token).then().statusCode(200)
                .body(allOf(containsString("dir=\"rtl\""), containsString("شكرا لك، نقرأ كل إجابة.")));
        given().queryParam("lang", "ar").get("/s/" + token).then().statusCode(409)
                .body(allOf(containsString("dir=\"rtl\""), containsString("لقد أجبت على هذا الاستبيان من قبل. شكرا لك!")));
    }

    @Test
    void theInvitationsLocaleChoosesTheLanguageWhenTheLinkSaysNone() {
        String token = token(activeSurvey(surveyWithQuestions("GENERAL")), "ar");

        given().header("Accept-Language", "en").get("/s/" + token).then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"));
    }

    @Test
    void anAlreadyAnsweredTokenShowsThatPageAndASecondPostChangesNothing() {
        String token = token(activeSurvey(surveyWithQuestions("GENERAL")), null);
        given().contentType(FORM).formParam("score", "10").formParam("q.reason", "price")
                .post("/s/" + token).then().statusCode(200);

        given().get("/s/" + token).then().statusCode(409)
                .body(allOf(containsString("You have already answered this survey. Thank you!"), not(containsString("<form"))));
        given().contentType(FORM).formParam("score", "0").formParam("q.reason", "price")
                .post("/s/" + token).then().statusCode(409)
                .body(containsString("You have already answered this survey. Thank you!"));
    }

    @Test
    void anExpiredTokenShowsTheExpiredPageInTheRespondentsLanguage() throws InterruptedException {
        // A token never outlives its survey's close date: a survey closing in a few seconds gives one that expires.
        Map<String, Object> survey = new HashMap<>(surveyWithQuestions("GENERAL"));
        survey.put("closesAt", Instant.now().plus(Duration.ofSeconds(3)).toString());
        survey.put("expiredText", Map.of("en", "Too late, sorry.", "ar", "فات الأوان، عذرا."));
        String token = token(activeSurvey(survey), null);
        Thread.sleep(Duration.between(Instant.now(), Instant.parse((String) survey.get("closesAt"))).plusMillis(200)
                .toMillis());

        given().queryParam("lang", "ar").get("/s/" + token).then().statusCode(410)
                .body(allOf(containsString("dir=\"rtl\""), containsString("فات الأوان، عذرا.")));
        given().contentType(FORM).formParam("score", "10").formParam("q.reason", "price")
                .post("/s/" + token).then().statusCode(410)
                .body(containsString("Too late, sorry."));
    }

    @Test
    void anUnknownTokenIsANotFoundPageWithoutAnApiKey() {
        given().header("Accept-Language", "de").get("/s/no-such-token").then().statusCode(404)
                .body(allOf(containsString("<html lang=\"de\" dir=\"ltr\">"), containsString("Dieser Umfragelink ist ungültig.")));
    }

    @Test
    void aPublicLinkTakesOneResponsePerFormSession() {
        String surveyId = activeSurvey(surveyWithQuestions("GENERAL"));
        String slug = Api.asAdmin().post("/api/v1/surveys/" + surveyId + "/link").then().statusCode(200)
                .extract().path("slug");
        String page = given().get("/s/l/" + slug).then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/s/l/" + slug + "\""))
                .extract().asString();
        String session = page.replaceAll("(?s).*name=\"session\" value=\"([^\"]+)\".*", "$1");

        given().contentType(FORM).formParam("session", session).formParam("score", "7").formParam("q.reason", "price")
                .post("/s/l/" + slug).then().statusCode(200).body(containsString("Thank you, we read every answer."));
        given().contentType(FORM).formParam("session", session).formParam("score", "7").formParam("q.reason", "price")
                .post("/s/l/" + slug).then().statusCode(409);

        Api.asAdmin().get("/api/v1/surveys/" + surveyId + "/link").then().statusCode(200)
                .body("views", equalTo(1)).body("starts", equalTo(1)).body("completed", equalTo(1));
        Api.asAdmin().get("/api/v1/surveys/" + surveyId + "/metrics").then().statusCode(200)
                .body("nps.n", equalTo(1));
    }
}
