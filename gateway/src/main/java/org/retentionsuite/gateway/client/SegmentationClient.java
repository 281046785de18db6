package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsResponse;
import org.retentionsuite.proto.segmentation.v1.MutinySegmentationServiceGrpc.MutinySegmentationServiceStub;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;

import java.time.Duration;
import java.util.function.Function;

/** The segmentation service, as the gateway calls it. */
@ApplicationScoped
public class SegmentationClient {

    static final String SERVICE = "segmentation";

    private final MutinySegmentationServiceStub stub;
    private final Duration deadline;

    public SegmentationClient(@GrpcClient(SERVICE) MutinySegmentationServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<RecordActivityResponse> recordActivity(RecordActivityRequest request) {
        return call(s -> s.recordActivity(request));
    }

    public Uni<CustomerInsights> getCustomerInsights(String customerId) {
        return call(s -> s.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customerId).build()))
                .map(GetCustomerInsightsResponse::getInsights);
    }

    private <T> Uni<T> call(Function<MutinySegmentationServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SERVICE, stub, deadline, rpc);
    }
}
