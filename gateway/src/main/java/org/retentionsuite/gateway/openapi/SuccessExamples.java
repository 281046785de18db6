package org.retentionsuite.gateway.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Gives every JSON request body and success answer of the document an example built from its schema
 * ({@link SchemaExamples}), and the respondent pages an HTML example.
 */
final class SuccessExamples {

    static final String RESPONDENT_PAGE = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Survey</title></head>
            <body><main><form method="post" action="/s/k3J9xQ7vT2">\
            <fieldset><legend>How likely are you to recommend us?</legend>\
            <input type="radio" id="score-9" name="score" value="9"><label for="score-9">9</label></fieldset>\
            <button type="submit">Send</button></form></main></body></html>""";

    /** A respondent's answers as the page's form posts them: the score, a question's answer, the comment. */
    static final Map<String, String> FORM_POST = Map.of("score", "9", "q.delivery", "fast", "comment", "Quick delivery",
            "lang", "en");

    private final SchemaExamples schemas;

    SuccessExamples(OpenAPI document) {
        this.schemas = new SchemaExamples(document.getComponents());
    }

    void addTo(String path, Operation operation) {
        if (operation.getRequestBody() != null && path.startsWith("/s/")) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(form -> form.setExample(FORM_POST));
        } else if (operation.getRequestBody() != null) {
            addTo(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            if (path.startsWith("/s/")) {
                response.getValue().content(OASFactory.createContent().addMediaType("text/html",
                        OASFactory.createMediaType().example(RESPONDENT_PAGE)));
            } else {
                addTo(response.getValue().getContent());
            }
        }
    }

    private void addTo(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getExample() != null || media.getExamples() != null && !media.getExamples().isEmpty()) {
                continue;
            }
            Object example = schemas.of(media.getSchema());
            if (example != null) {
                media.setExample(example);
            }
        }
    }
}
