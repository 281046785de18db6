package org.retentionsuite.gateway.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The RFC 9457 problem document as the gateway writes it (see {@code error.Problem}). */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static void addTo(OpenAPI document) {
        if (document.getComponents() == null) {
            document.components(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text.description("the JSON path of the field, or a header or parameter name"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; GET the type URI for its documentation")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("/problems/<slug>, stable per kind of problem"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("also in the X-Request-Id header and the gateway's log lines"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(java.util.List.of("type", "title", "status"));
        document.getComponents().addSchema("Problem", problem);
    }
}
