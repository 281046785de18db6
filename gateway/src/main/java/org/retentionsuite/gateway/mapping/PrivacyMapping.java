package org.retentionsuite.gateway.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.PrivacyReport;
import org.retentionsuite.gateway.api.PrivacyReport.ServiceOutcome;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Each service's part of a privacy request, as an outcome that never fails the whole request. */
@ApplicationScoped
public class PrivacyMapping {

    private static final String DONE = "done";
    private static final String FAILED = "failed";

    private final ObjectMapper json;
    private final JsonFormat.Printer printer = JsonFormat.printer().omittingInsignificantWhitespace();

    public PrivacyMapping(ObjectMapper json) {
        this.json = json;
    }

    /** A service's export as JSON (the contract's own JSON form, field names in camelCase). */
    public <M extends Message> Uni<ServiceOutcome> exported(Uni<M> export) {
        return export.map(this::asData)
                .onFailure().recoverWithItem(failure -> new ServiceOutcome(FAILED, CustomerViewMapping.whyMissing(failure), null));
    }

    public <M> Uni<ServiceOutcome> erased(Uni<M> erasure, Function<M, String> describe) {
        return erasure.map(result -> new ServiceOutcome(DONE, describe.apply(result), null))
                .onFailure().recoverWithItem(failure -> new ServiceOutcome(FAILED, CustomerViewMapping.whyMissing(failure), null));
    }

    public PrivacyReport report(String customerId, ServiceOutcome loyalty, ServiceOutcome feedback, ServiceOutcome segmentation) {
        Map<String, ServiceOutcome> services = new LinkedHashMap<>();
        services.put("loyalty", loyalty);
        services.put("feedback", feedback);
        services.put("segmentation", segmentation);
        boolean done = Stream.of(loyalty, feedback, segmentation).allMatch(outcome -> DONE.equals(outcome.outcome()));
        return new PrivacyReport(customerId, done ? PrivacyReport.DONE : PrivacyReport.INCOMPLETE, services);
    }

    private ServiceOutcome asData(Message export) {
        try {
            return new ServiceOutcome(DONE, null, json.readTree(printer.print(export)));
        } catch (InvalidProtocolBufferException | JsonProcessingException e) {
            throw new IllegalStateException("an export could not be written as JSON", e);
        }
    }
}
