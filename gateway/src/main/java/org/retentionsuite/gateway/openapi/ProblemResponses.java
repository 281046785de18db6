package org.retentionsuite.gateway.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.retentionsuite.gateway.error.ProblemType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Adds to each operation the problems it can answer, an {@code application/problem+json} response per
 * status with an example per problem type (the types are documented at {@code /problems/<slug>}), and to
 * the respondent pages their HTML refusals. Which problems an operation can give follows from what it is:
 * public or not, with path ids, changing data, with an Idempotency-Key, calling a service, and the
 * loyalty refusals of the few operations that meet them.
 */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUEST_ID = "3f1e2d7c-9b1a-4c55-8a0e-5d2b7c1e9f00";

    /** The loyalty service's refusals (FAILED_PRECONDITION with a reason), by the operations that meet them. */
    private static final Map<Pattern, List<ProblemType>> REFUSALS = new LinkedHashMap<>();

    static {
        REFUSALS.put(Pattern.compile("POST /api/v1/programs/\\{programId}/members/\\{customerId}/redemptions"),
                List.of(ProblemType.NOT_ENOUGH_POINTS, ProblemType.OUT_OF_STOCK, ProblemType.REWARD_NOT_AVAILABLE,
                        ProblemType.MEMBER_LIMIT_REACHED, ProblemType.MEMBER_SUSPENDED));
        REFUSALS.put(Pattern.compile("POST /api/v1/programs/\\{programId}/members/\\{customerId}/reward-offers"),
                List.of(ProblemType.OUT_OF_STOCK, ProblemType.REWARD_NOT_AVAILABLE, ProblemType.MEMBER_LIMIT_REACHED,
                        ProblemType.MEMBER_SUSPENDED));
        REFUSALS.put(Pattern.compile("POST /api/v1/programs/\\{programId}/redemptions/\\{redemptionId}/(commit|cancel)"),
                List.of(ProblemType.RESERVATION_EXPIRED, ProblemType.REDEMPTION_NOT_OPEN));
        REFUSALS.put(Pattern.compile("POST /api/v1/programs/\\{programId}/purchases"), List.of(ProblemType.MEMBER_SUSPENDED));
        REFUSALS.put(Pattern.compile("POST /api/v1/programs/\\{programId}/returns"), List.of(ProblemType.RETURN_EXCEEDS_ORDER));
        REFUSALS.put(Pattern.compile("POST /api/v1/programs/\\{programId}/members"),
                List.of(ProblemType.SELF_REFERRAL, ProblemType.REFERRAL_LIMIT_REACHED));
    }

    /** What an example of each type says; every type has one (ProblemResponsesTest). */
    static final Map<ProblemType, String> DETAILS = new EnumMap<>(ProblemType.class);

    static {
        DETAILS.put(ProblemType.INVALID_REQUEST, "amount.currency must be an ISO 4217 currency code such as EUR");
        DETAILS.put(ProblemType.UNAUTHORIZED, "send an API key or a member token as Authorization: Bearer <credential>");
        DETAILS.put(ProblemType.FORBIDDEN, "a member token opens only its own customer's data");
        DETAILS.put(ProblemType.NOT_FOUND, "no programme 6f1c2a9e-3b7d-4c1e-9a5f-2d8b7e4c1a90");
        DETAILS.put(ProblemType.METHOD_NOT_ALLOWED, "PATCH is not allowed here; allowed: GET, POST");
        DETAILS.put(ProblemType.NOT_ACCEPTABLE, "this resource answers application/json");
        DETAILS.put(ProblemType.CONFLICT, "a survey named \"Checkout CSAT\" already exists");
        DETAILS.put(ProblemType.NOT_ENOUGH_POINTS, "the member has 800 active points; the reward costs 1000");
        DETAILS.put(ProblemType.OUT_OF_STOCK, "the reward \"Tote bag\" is out of stock");
        DETAILS.put(ProblemType.REWARD_NOT_AVAILABLE, "the reward is available from 2026-04-01");
        DETAILS.put(ProblemType.MEMBER_LIMIT_REACHED, "the member has redeemed this reward 2 times, the most allowed");
        DETAILS.put(ProblemType.RESERVATION_EXPIRED, "the reservation expired at 2026-03-14T09:45:00Z");
        DETAILS.put(ProblemType.REDEMPTION_NOT_OPEN, "the redemption is already committed");
        DETAILS.put(ProblemType.MEMBER_SUSPENDED, "the member is suspended: fraud review");
        DETAILS.put(ProblemType.RETURN_EXCEEDS_ORDER, "the order has 12.50 EUR left to return; the return is 20.00 EUR");
        DETAILS.put(ProblemType.SELF_REFERRAL, "a customer cannot use their own referral code");
        DETAILS.put(ProblemType.REFERRAL_LIMIT_REACHED, "the referrer has referred 10 customers, the most allowed");
        DETAILS.put(ProblemType.REQUEST_IN_FLIGHT, "a request with this Idempotency-Key is still being processed; "
                + "send it again in a moment");
        DETAILS.put(ProblemType.IDEMPOTENCY_KEY_REUSED, "the Idempotency-Key was used for another request");
        DETAILS.put(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
        DETAILS.put(ProblemType.RATE_LIMITED, "this API key may send 20.0 requests per second (bursts of 40); try again in 1 s");
        DETAILS.put(ProblemType.INTERNAL_ERROR, "the gateway failed; the request id names it in the logs");
        DETAILS.put(ProblemType.NOT_IMPLEMENTED, "the feedback service does not offer this yet");
        DETAILS.put(ProblemType.SERVICE_FAILURE, "the loyalty service failed");
        DETAILS.put(ProblemType.SERVICE_UNAVAILABLE, "the loyalty service is unavailable; try again later");
        DETAILS.put(ProblemType.CIRCUIT_OPEN, "the loyalty service failed repeatedly; the gateway stops calling it for 5 s; "
                + "try again later");
        DETAILS.put(ProblemType.SERVICE_TIMEOUT, "the loyalty service did not answer within the gateway's deadline");
    }

    /** The respondent pages' refusals are pages too, in the respondent's language. */
    private static final Map<String, String> PAGE_REFUSALS = Map.of(
            "400", "The form again, with the answers to check named at its top",
            "404", "A page saying that the survey link is not valid",
            "409", "A page saying that the survey is already answered",
            "410", "A page saying that the survey link has expired or the survey is closed",
            "429", "A page saying that too many answers came from this connection (with Retry-After)");

    private ProblemResponses() {
    }

    static void addTo(String method, String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<Integer, List<ProblemType>> byStatus = new TreeMap<>();
        for (ProblemType type : problemsOf(method, path, operation)) {
            byStatus.computeIfAbsent(type.status(), status -> new ArrayList<>()).add(type);
        }
        for (Map.Entry<Integer, List<ProblemType>> status : byStatus.entrySet()) {
            MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
            StringBuilder description = new StringBuilder();
            for (ProblemType type : status.getValue()) {
                problem.addExample(type.slug(), example(type));
                description.append(description.isEmpty() ? "" : "; ").append(type.title()).append(" (see ")
                        .append(type.uri()).append(')');
            }
            String code = String.valueOf(status.getKey());
            APIResponse existing = responses.getAPIResponse(code);
            if (existing == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description.toString())
                        .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, problem)));
            } else {
                Content content = existing.getContent() == null ? OASFactory.createContent() : existing.getContent();
                existing.content(content.addMediaType(PROBLEM_JSON, problem));
            }
        }
        if (isPage(path)) {
            PAGE_REFUSALS.forEach((code, page) -> {
                if (method.equals("POST") || !code.equals("400") && !code.equals("429")) {
                    responses.addAPIResponse(code, OASFactory.createAPIResponse().description(page)
                            .content(OASFactory.createContent().addMediaType("text/html",
                                    OASFactory.createMediaType().example(SuccessExamples.RESPONDENT_PAGE))));
                }
            });
        }
    }

    static List<ProblemType> problemsOf(String method, String path, Operation operation) {
        boolean api = path.startsWith("/api/");
        boolean anonymousAnswer = method.equals("POST") && path.equals("/api/v1/responses");
        boolean changes = !method.equals("GET");
        List<ProblemType> types = new ArrayList<>();
        if (api) {
            types.add(ProblemType.INVALID_REQUEST);
        }
        if (api && !anonymousAnswer) {
            types.add(ProblemType.UNAUTHORIZED);
            types.add(ProblemType.FORBIDDEN);
        }
        if (path.contains("{") && !isPage(path)) {
            types.add(ProblemType.NOT_FOUND);
        }
        if (api || path.startsWith("/problems")) {
            types.add(ProblemType.NOT_ACCEPTABLE);
        }
        if (api && changes) {
            types.add(ProblemType.CONFLICT);
        }
        String operationKey = method + " " + path;
        REFUSALS.forEach((pattern, refusals) -> {
            if (pattern.matcher(operationKey).matches()) {
                types.addAll(refusals);
            }
        });
        if (hasIdempotencyKey(operation)) {
            types.add(ProblemType.REQUEST_IN_FLIGHT);
            types.add(ProblemType.IDEMPOTENCY_KEY_REUSED);
        }
        if (operation.getRequestBody() != null) {
            types.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        if (api) {
            types.add(ProblemType.RATE_LIMITED);
        }
        if (api || isPage(path)) {
            types.add(ProblemType.NOT_IMPLEMENTED);
            types.add(ProblemType.SERVICE_FAILURE);
            types.add(ProblemType.SERVICE_UNAVAILABLE);
            types.add(ProblemType.CIRCUIT_OPEN);
            types.add(ProblemType.SERVICE_TIMEOUT);
        }
        return types;
    }

    private static boolean isPage(String path) {
        return path.startsWith("/s/");
    }

    private static boolean hasIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("Idempotency-Key".equalsIgnoreCase(parameter.getName()) && parameter.getIn() == Parameter.In.HEADER) {
                return true;
            }
        }
        return false;
    }

    private static Example example(ProblemType type) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.uri().toString());
        value.put("title", type.title());
        value.put("status", type.status());
        value.put("detail", DETAILS.get(type));
        value.put("instance", "/api/v1/programs/6f1c2a9e-3b7d-4c1e-9a5f-2d8b7e4c1a90/purchases");
        value.put("requestId", REQUEST_ID);
        if (type == ProblemType.INVALID_REQUEST) {
            value.put("errors", List.of(Map.of("field", "amount.currency", "message",
                    "must be an ISO 4217 currency code such as EUR")));
        }
        return OASFactory.createExample().summary(type.title()).value(value);
    }
}
