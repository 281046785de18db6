package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.PermitAll;
import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.RespondentPage;
import org.retentionsuite.gateway.client.DownstreamException;
import org.retentionsuite.gateway.client.FeedbackClient;
import org.retentionsuite.gateway.mapping.RespondentPageMapping;
import org.retentionsuite.gateway.mapping.RespondentWording;
import org.retentionsuite.gateway.security.AnonymousRateLimited;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormResponse;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;

import java.util.List;
import java.util.Map;

/**
 * The respondent's survey pages: server-rendered HTML forms that post back without JavaScript, in the
 * respondent's language ({@code ?lang=}, the invitation's locale, Accept-Language, the survey's
 * default). The token, or the public link's slug, is the credential: no API key.
 */
@PermitAll
@Path("/s")
@Tag(name = "Respondent pages")
@Produces(MediaType.TEXT_HTML)
public class RespondentPageResource {

    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    private final FeedbackClient feedback;
    private final RespondentPageMapping mapping;
    private final Template template;

    public RespondentPageResource(FeedbackClient feedback, RespondentPageMapping mapping, Engine engine) {
        this.feedback = feedback;
        this.mapping = mapping;
        this.template = engine.getTemplate("respondent/page");
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "The survey form of an invitation token")
    public Uni<Response> invitation(@PathParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return show(GetSurveyFormRequest.newBuilder().setToken(token), "/s/" + token, lang, acceptLanguage);
    }

    @GET
    @Path("/l/{slug}")
    @Operation(summary = "The survey form of a public link")
    public Uni<Response> link(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return show(GetSurveyFormRequest.newBuilder().setLinkSlug(slug), "/s/l/" + slug, lang, acceptLanguage);
    }

    @AnonymousRateLimited
    @POST
    @Path("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Answers the survey of an invitation token")
    public Uni<Response> answerInvitation(@PathParam("token") String token,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, MultivaluedMap<String, String> posted) {
        return answer(GetSurveyFormRequest.newBuilder().setToken(token), token, null, "/s/" + token, acceptLanguage,
                posted);
    }

    @AnonymousRateLimited
    @POST
    @Path("/l/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Answers the survey of a public link")
    public Uni<Response> answerLink(@PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, MultivaluedMap<String, String> posted) {
        GetSurveyFormRequest.Builder form = GetSurveyFormRequest.newBuilder().setLinkSlug(slug)
                .setLinkSession(first(posted, RespondentPageMapping.SESSION));
        return answer(form, null, slug, "/s/l/" + slug, acceptLanguage, posted);
    }

    private Uni<Response> show(GetSurveyFormRequest.Builder request, String action, String lang, String acceptLanguage) {
        return feedback.getSurveyForm(request.setLang(orEmpty(lang)).setAcceptLanguage(orEmpty(acceptLanguage)).build())
                .map(form -> switch (form.getState()) {
                    case FORM_STATE_OPEN -> render(200, mapping.form(form, action, Map.of(), null, List.of()));
                    default -> stateMessage(form, action);
                })
                .onFailure(DownstreamException.class).recoverWithItem(failure -> failed((DownstreamException) failure,
                        acceptLanguage));
    }

    private Uni<Response> answer(GetSurveyFormRequest.Builder formRequest, String token, String slug, String action,
            String acceptLanguage, MultivaluedMap<String, String> posted) {
        Map<String, List<String>> values = posted == null ? Map.of() : posted;
        return feedback.getSurveyForm(formRequest.setLang(first(values, RespondentPageMapping.LANG))
                        .setAcceptLanguage(orEmpty(acceptLanguage)).build())
                .flatMap(form -> {
                    if (form.getState() != org.retentionsuite.proto.feedback.v1.FormState.FORM_STATE_OPEN) {
                        return Uni.createFrom().item(stateMessage(form, action));
                    }
                    SubmitResponseRequest request = mapping.toRequest(form, token, slug, values);
                    return feedback.submitResponse(request)
                            .map(recorded -> render(200, mapping.message(form, action,
                                    RespondentWording.THANK_YOU.orSurveys(form.getThankYouText(), form.getLanguage()))))
                            .onFailure(DownstreamException.class).recoverWithItem(failure ->
                                    refused((DownstreamException) failure, form, action, values, request));
                })
                .onFailure(DownstreamException.class).recoverWithItem(failure -> failed((DownstreamException) failure,
                        acceptLanguage));
    }

    /** A refused submission: invalid answers show the form again, a used or expired token its page. */
    private Response refused(DownstreamException e, GetSurveyFormResponse form, String action,
            Map<String, List<String>> posted, SubmitResponseRequest request) {
        if (e.status().getCode() == Status.Code.INVALID_ARGUMENT) {
            return render(400, mapping.form(form, action, posted, request, violations(e)));
        }
        if (e.status().getCode() == Status.Code.FAILED_PRECONDITION) {
            String description = String.valueOf(e.status().getDescription());
            boolean expired = description.contains("expired");
            boolean used = description.contains("already");
            return render(expired ? 410 : 409, mapping.message(form, action,
                    expired ? RespondentWording.EXPIRED.orSurveys(form.getExpiredText(), form.getLanguage())
                            : used ? RespondentWording.ALREADY_ANSWERED.orSurveys(form.getAlreadyAnsweredText(), form.getLanguage())
                            : RespondentWording.CLOSED.in(form.getLanguage())));
        }
        throw e;
    }

    private Response stateMessage(GetSurveyFormResponse form, String action) {
        String lang = form.getLanguage();
        return switch (form.getState()) {
            case FORM_STATE_EXPIRED -> render(410, mapping.message(form, action,
                    RespondentWording.EXPIRED.orSurveys(form.getExpiredText(), lang)));
            case FORM_STATE_ALREADY_ANSWERED -> render(409, mapping.message(form, action,
                    RespondentWording.ALREADY_ANSWERED.orSurveys(form.getAlreadyAnsweredText(), lang)));
            default -> render(410, mapping.message(form, action, RespondentWording.CLOSED.in(lang)));
        };
    }

    /** Not found is a page too; any other failure keeps the API's problem details. */
    private Response failed(DownstreamException e, String acceptLanguage) {
        if (e.status().getCode() == Status.Code.NOT_FOUND || e.status().getCode() == Status.Code.INVALID_ARGUMENT) {
            return render(404, mapping.notFound(acceptLanguage));
        }
        throw e;
    }

    private Response render(int status, RespondentPage page) {
        return Response.status(status).type(HTML).header(HttpHeaders.CONTENT_LANGUAGE, page.lang())
                .header("Cache-Control", "no-store")
                .entity(template.data("page", page).render()).build();
    }

    private static List<BadRequest.FieldViolation> violations(DownstreamException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e.failure());
        if (status == null) {
            return List.of();
        }
        for (Any detail : status.getDetailsList()) {
            if (detail.is(BadRequest.class)) {
                try {
                    return detail.unpack(BadRequest.class).getFieldViolationsList();
                } catch (InvalidProtocolBufferException unreadable) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? "" : found.get(0);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
