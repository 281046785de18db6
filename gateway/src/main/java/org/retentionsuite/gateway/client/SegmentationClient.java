package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.segmentation.v1.ClvFit;
import org.retentionsuite.proto.segmentation.v1.ClvHoldoutReport;
import org.retentionsuite.proto.segmentation.v1.CustomerClv;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.FitClvModelResponse;
import org.retentionsuite.proto.segmentation.v1.GetClvFitRequest;
import org.retentionsuite.proto.segmentation.v1.GetClvFitResponse;
import org.retentionsuite.proto.segmentation.v1.GetClvHoldoutReportRequest;
import org.retentionsuite.proto.segmentation.v1.GetClvHoldoutReportResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsResponse;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityResponse;
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
    private final Duration bulkDeadline;

    public SegmentationClient(@GrpcClient(SERVICE) MutinySegmentationServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
        this.bulkDeadline = config.bulkDeadline();
    }

    public Uni<RecordActivityResponse> recordActivity(RecordActivityRequest request) {
        return call(s -> s.recordActivity(request));
    }

    public Uni<CustomerInsights> getCustomerInsights(String customerId) {
        return call(s -> s.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customerId).build()))
                .map(GetCustomerInsightsResponse::getInsights);
    }

    /** The whole file in one call, so that the service applies it in one transaction. */
    public Uni<ImportActivityResponse> importActivity(String csv) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline,
                s -> s.importActivity(ImportActivityRequest.newBuilder().setCsv(csv).build()));
    }

    public Uni<ClvFit> fitClvModel(FitClvModelRequest request) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.fitClvModel(request))
                .map(FitClvModelResponse::getFit);
    }

    public Uni<ClvFit> getClvFit(String fitId) {
        return call(s -> s.getClvFit(GetClvFitRequest.newBuilder().setFitId(fitId).build()))
                .map(GetClvFitResponse::getFit);
    }

    /** Predicts every customer of the fit, so it gets the bulk deadline. */
    public Uni<ClvHoldoutReport> getClvHoldoutReport(String fitId, String holdoutEnd) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.getClvHoldoutReport(
                        GetClvHoldoutReportRequest.newBuilder().setFitId(fitId).setHoldoutEnd(holdoutEnd).build()))
                .map(GetClvHoldoutReportResponse::getReport);
    }

    public Uni<CustomerClv> getCustomerClv(GetCustomerClvRequest request) {
        return call(s -> s.getCustomerClv(request)).map(GetCustomerClvResponse::getClv);
    }

    private <T> Uni<T> call(Function<MutinySegmentationServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SERVICE, stub, deadline, rpc);
    }
}
