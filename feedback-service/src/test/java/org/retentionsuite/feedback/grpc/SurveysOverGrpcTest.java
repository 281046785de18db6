package org.retentionsuite.feedback.grpc;

import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.repository.SurveyRepository;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyStatus;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SurveysOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    SurveyRepository surveys;

    @Test
    void aCreatedSurveyIsReadBackAsAFirstDraftWithCanonicalLanguageTags() {
        Survey created = feedback.createSurvey(CreateSurveyRequest.newBuilder()
                .setName("  After the purchase  ")
                .setKind(SurveyKind.SURVEY_KIND_NPS)
                .setDefaultLanguage("pt-br")
                .putQuestion("pt-br", "Você recomendaria a nossa loja a um amigo?")
                .putQuestion("EN", " How likely are you to recommend our shop to a friend? ")
                .build()).getSurvey();

        Survey read = feedback.getSurvey(GetSurveyRequest.newBuilder().setSurveyId(created.getId()).build()).getSurvey();

        assertEquals(created, read);
        assertEquals(created.getId(), UUID.fromString(read.getId()).toString());
        assertEquals("After the purchase", read.getName());
        assertEquals(SurveyKind.SURVEY_KIND_NPS, read.getKind());
        assertEquals("pt-BR", read.getDefaultLanguage());
        assertEquals(Map.of(
                "pt-BR", "Você recomendaria a nossa loja a um amigo?",
                "en", "How likely are you to recommend our shop to a friend?"), read.getQuestionMap());
        assertEquals(SurveyStatus.SURVEY_STATUS_DRAFT, read.getStatus());
        assertEquals(1, read.getVersion());
        assertTrue(read.getCreatedAt().getSeconds() > 0);
        assertEquals(0, read.getCreatedAt().getNanos() % 1000);
    }

    @Test
    void aSurveyWithInvalidFieldsIsRefusedNamingEveryFieldAndNothingIsStored() {
        long before = surveys.count();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.createSurvey(CreateSurveyRequest.newBuilder()
                        .setName("")
                        .setKind(SurveyKind.SURVEY_KIND_UNSPECIFIED)
                        .setDefaultLanguage("German")
                        .putQuestion("en_GB", "How did we do?")
                        .putQuestion("fr", "   ")
                        .putQuestion("nl", "x".repeat(1001))
                        .putQuestion("de", "Wie\u0000 war es?")
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "name", "is required",
                "kind", "is required",
                "default_language", "is not a BCP 47 language tag such as \"en\" or \"pt-BR\"",
                "question[en_GB]", "is not a BCP 47 language tag such as \"en\" or \"pt-BR\"",
                "question[fr]", "is required",
                "question[nl]", "is longer than 1000 characters",
                "question[de]", "contains control characters"), fieldViolations(refused));
        assertEquals(before, surveys.count());
    }

    @Test
    void aSurveyWithoutATextInItsDefaultLanguageIsRefused() {
        long before = surveys.count();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.createSurvey(validSurvey().setDefaultLanguage("DE").build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("question", "has no text in the default language \"de\""), fieldViolations(refused));
        assertEquals(before, surveys.count());
    }

    @Test
    void twoTextsForOneLanguageAreRefusedNamingTheSecondSpelling() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.createSurvey(validSurvey()
                        .putQuestion("pt-BR", "Como foi?")
                        .putQuestion("pt-br", "Como foi a compra?")
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("question[pt-br]", "is the same language as \"pt-BR\""), fieldViolations(refused));
    }

    @Test
    void aSurveyWithoutAnyQuestionTextIsRefused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.createSurvey(validSurvey().clearQuestion().build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("question", "is required"), fieldViolations(refused));
    }

    @Test
    void anUnknownSurveyIsNotFound() {
        String id = UUID.randomUUID().toString();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.getSurvey(GetSurveyRequest.newBuilder().setSurveyId(id).build()));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("survey " + id + " does not exist", refused.getStatus().getDescription());
    }

    @Test
    void aMalformedSurveyIdIsAnInvalidArgument() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.getSurvey(GetSurveyRequest.newBuilder().setSurveyId("42").build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("survey_id", "is not an id (a UUID)"), fieldViolations(refused));
    }

    private static CreateSurveyRequest.Builder validSurvey() {
        return CreateSurveyRequest.newBuilder()
                .setName("Checkout effort")
                .setKind(SurveyKind.SURVEY_KIND_CES)
                .setDefaultLanguage("en")
                .putQuestion("en", "How easy was it to pay?");
    }

    static Map<String, String> fieldViolations(StatusRuntimeException e) {
        try {
            com.google.rpc.Status status = StatusProto.fromThrowable(e);
            BadRequest badRequest = status.getDetails(0).unpack(BadRequest.class);
            return badRequest.getFieldViolationsList().stream()
                    .collect(Collectors.toMap(BadRequest.FieldViolation::getField,
                            BadRequest.FieldViolation::getDescription));
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }
}
