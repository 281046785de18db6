package org.retentionsuite.gateway.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.Map;

/**
 * Completes the generated OpenAPI document: an example for every request body and success answer
 * ({@link SuccessExamples}) and every operation's problem responses ({@link ProblemResponses}), with the
 * {@code Problem} schema they share.
 */
public class ApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        ProblemSchema.addTo(document);
        SuccessExamples examples = new SuccessExamples(document);
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            operations.forEach((method, operation) -> {
                examples.addTo(path.getKey(), operation);
                ProblemResponses.addTo(method.name(), path.getKey(), operation);
            });
        }
    }
}
