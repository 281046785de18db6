package org.retentionsuite.segmentation.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerRequest;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerResponse;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.segmentation.v1.ForgetCustomerResponse;
import org.retentionsuite.proto.segmentation.v1.FitClvModelResponse;
import org.retentionsuite.proto.segmentation.v1.GetClvFitRequest;
import org.retentionsuite.proto.segmentation.v1.GetClvFitResponse;
import org.retentionsuite.proto.segmentation.v1.GetClvHoldoutReportRequest;
import org.retentionsuite.proto.segmentation.v1.GetClvHoldoutReportResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotResponse;
import org.retentionsuite.segmentation.mapping.AnalyticsMapper;
import org.retentionsuite.segmentation.service.RfmSnapshotService;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsResponse;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityResponse;
import org.retentionsuite.proto.segmentation.v1.MutinySegmentationServiceGrpc;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersResponse;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionRequest;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionResponse;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresRequest;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresResponse;
import org.retentionsuite.proto.segmentation.v1.GetKpisRequest;
import org.retentionsuite.proto.segmentation.v1.GetKpisResponse;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionRequest;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionResponse;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersResponse;
import org.retentionsuite.segmentation.mapping.ClvMapper;
import org.retentionsuite.segmentation.mapping.PrivacyMapper;
import org.retentionsuite.segmentation.mapping.SegmentationMapper;
import org.retentionsuite.segmentation.service.ActivityService;
import org.retentionsuite.segmentation.service.ClvService;
import org.retentionsuite.segmentation.service.InsightsService;
import org.retentionsuite.segmentation.service.PrivacyService;

/** The segmentation contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class SegmentationGrpcService extends MutinySegmentationServiceGrpc.SegmentationServiceImplBase {

    private final ActivityService activities;
    private final InsightsService insights;
    private final ClvService clv;
    private final SegmentationMapper mapper;
    private final ClvMapper clvMapper;
    private final PrivacyService privacy;
    private final PrivacyMapper privacyMapper;
    private final AnalyticsRpcs analytics;
    private final RfmSnapshotService rfmSnapshots;
    private final AnalyticsMapper analyticsMapper;

    public SegmentationGrpcService(ActivityService activities, InsightsService insights, ClvService clv,
            SegmentationMapper mapper, ClvMapper clvMapper, PrivacyService privacy, PrivacyMapper privacyMapper,
            AnalyticsRpcs analytics, RfmSnapshotService rfmSnapshots, AnalyticsMapper analyticsMapper) {
        this.activities = activities;
        this.insights = insights;
        this.clv = clv;
        this.mapper = mapper;
        this.clvMapper = clvMapper;
        this.privacy = privacy;
        this.privacyMapper = privacyMapper;
        this.analytics = analytics;
        this.rfmSnapshots = rfmSnapshots;
        this.analyticsMapper = analyticsMapper;
    }

    @Override
    public Uni<RecordActivityResponse> recordActivity(RecordActivityRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(activities.record(mapper.toReported(request))));
    }

    @Override
    public Uni<GetCustomerInsightsResponse> getCustomerInsights(GetCustomerInsightsRequest request) {
        return Uni.createFrom().item(() -> analytics.insights(request));
    }

    @Override
    public Uni<ImportActivityResponse> importActivity(ImportActivityRequest request) {
        return Uni.createFrom().item(() -> clvMapper.toProto(activities.importCsv(request.getCsv())));
    }

    @Override
    public Uni<FitClvModelResponse> fitClvModel(FitClvModelRequest request) {
        return Uni.createFrom().item(() -> FitClvModelResponse.newBuilder()
                .setFit(clvMapper.toProto(clv.fit(request.getCalibrationStart(), request.getCalibrationEnd(),
                        clvMapper.toDomain(request.getTimeUnit()))))
                .build());
    }

    @Override
    public Uni<GetClvFitResponse> getClvFit(GetClvFitRequest request) {
        return Uni.createFrom().item(() -> GetClvFitResponse.newBuilder()
                .setFit(clvMapper.toProto(clv.fitOf(request.getFitId())))
                .build());
    }

    @Override
    public Uni<GetCustomerClvResponse> getCustomerClv(GetCustomerClvRequest request) {
        return Uni.createFrom().item(() -> GetCustomerClvResponse.newBuilder()
                .setClv(clvMapper.toProto(clv.valueOf(request.getCustomerId(), request.getFitId(), request.getHorizon())))
                .build());
    }

    @Override
    public Uni<GetClvHoldoutReportResponse> getClvHoldoutReport(GetClvHoldoutReportRequest request) {
        return Uni.createFrom().item(() -> GetClvHoldoutReportResponse.newBuilder()
                .setReport(clvMapper.toProto(clv.holdoutReport(request.getFitId(), request.getHoldoutEnd())))
                .build());
    }

    @Override
    public Uni<ExportCustomerResponse> exportCustomer(ExportCustomerRequest request) {
        return Uni.createFrom().item(() -> privacyMapper.toProto(privacy.export(request.getCustomerId())));
    }

    @Override
    public Uni<ForgetCustomerResponse> forgetCustomer(ForgetCustomerRequest request) {
        return Uni.createFrom().item(() -> privacyMapper.toProto(privacy.forget(request.getCustomerId())));
    }

    @Override
    public Uni<UpsertCustomersResponse> upsertCustomers(UpsertCustomersRequest request) {
        return Uni.createFrom().item(() -> analytics.upsertCustomers(request));
    }

    @Override
    public Uni<GetRfmDistributionResponse> getRfmDistribution(GetRfmDistributionRequest request) {
        return Uni.createFrom().item(() -> analytics.rfmDistribution(request));
    }

    @Override
    public Uni<ListRfmScoresResponse> listRfmScores(ListRfmScoresRequest request) {
        return Uni.createFrom().item(() -> analytics.rfmScores(request));
    }

    @Override
    public Uni<GetKpisResponse> getKpis(GetKpisRequest request) {
        return Uni.createFrom().item(() -> analytics.kpis(request));
    }

    @Override
    public Uni<GetCohortRetentionResponse> getCohortRetention(GetCohortRetentionRequest request) {
        return Uni.createFrom().item(() -> analytics.cohortRetention(request));
    }

    @Override
    public Uni<ScoreChurnRiskResponse> scoreChurnRisk(ScoreChurnRiskRequest request) {
        return Uni.createFrom().item(() -> analytics.scoreChurnRisk(request));
    }

    @Override
    public Uni<ScoreCustomerChurnRiskResponse> scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest request) {
        return Uni.createFrom().item(() -> analytics.scoreCustomerChurnRisk(request));
    }

    @Override
    public Uni<GetCustomerChurnRiskResponse> getCustomerChurnRisk(GetCustomerChurnRiskRequest request) {
        return Uni.createFrom().item(() -> analytics.customerChurnRisk(request));
    }

    @Override
    public Uni<ListVipCustomersResponse> listVipCustomers(ListVipCustomersRequest request) {
        return Uni.createFrom().item(() -> analytics.vipCustomers(request));
    }

    @Override
    public Uni<RefreshRfmSnapshotResponse> refreshRfmSnapshot(RefreshRfmSnapshotRequest request) {
        return Uni.createFrom().item(() -> analyticsMapper.toProto(rfmSnapshots.refresh()));
    }
}
