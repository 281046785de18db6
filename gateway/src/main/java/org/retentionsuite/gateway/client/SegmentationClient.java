package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.segmentation.v1.ChurnRisk;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionRequest;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.GetKpisRequest;
import org.retentionsuite.proto.segmentation.v1.GetKpisResponse;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionRequest;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionResponse;
import org.retentionsuite.proto.segmentation.v1.Kpis;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresRequest;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresResponse;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersResponse;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersResponse;
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
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotResponse;
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

    public Uni<UpsertCustomersResponse> upsertCustomers(UpsertCustomersRequest request) {
        return call(s -> s.upsertCustomers(request));
    }

    /** RFM, KPIs and cohorts aggregate every customer, so they get the bulk deadline. */
    public Uni<GetRfmDistributionResponse> getRfmDistribution(GetRfmDistributionRequest request) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.getRfmDistribution(request));
    }

    public Uni<ListRfmScoresResponse> listRfmScores(ListRfmScoresRequest request) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.listRfmScores(request));
    }

    /** Computes every customer's RFM: the bulk deadline. */
    public Uni<RefreshRfmSnapshotResponse> refreshRfmSnapshot() {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline,
                s -> s.refreshRfmSnapshot(RefreshRfmSnapshotRequest.getDefaultInstance()));
    }

    public Uni<Kpis> getKpis(GetKpisRequest request) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.getKpis(request)).map(GetKpisResponse::getKpis);
    }

    public Uni<GetCohortRetentionResponse> getCohortRetention(GetCohortRetentionRequest request) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.getCohortRetention(request));
    }

    public Uni<ListVipCustomersResponse> listVipCustomers(ListVipCustomersRequest request) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.listVipCustomers(request));
    }

    public Uni<ChurnRisk> getCustomerChurnRisk(String customerId) {
        return call(s -> s.getCustomerChurnRisk(GetCustomerChurnRiskRequest.newBuilder().setCustomerId(customerId).build()))
                .map(GetCustomerChurnRiskResponse::getChurnRisk);
    }

    public Uni<ScoreCustomerChurnRiskResponse> scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest request) {
        return call(s -> s.scoreCustomerChurnRisk(request));
    }

    /** Scores every customer: the bulk deadline. */
    public Uni<ScoreChurnRiskResponse> scoreChurnRisk(ScoreChurnRiskRequest request) {
        return DownstreamCall.call(SERVICE, stub, bulkDeadline, s -> s.scoreChurnRisk(request));
    }

    private <T> Uni<T> call(Function<MutinySegmentationServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SERVICE, stub, deadline, rpc);
    }
}
