package org.retentionsuite.segmentation.grpc;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionRequest;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsResponse;
import org.retentionsuite.proto.segmentation.v1.GetKpisRequest;
import org.retentionsuite.proto.segmentation.v1.GetKpisResponse;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionRequest;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionResponse;
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
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.churn.ChurnRiskLevel;
import org.retentionsuite.segmentation.mapping.AnalyticsMapper;
import org.retentionsuite.segmentation.mapping.CustomerMapper;
import org.retentionsuite.segmentation.service.ChurnRiskService;
import org.retentionsuite.segmentation.service.CohortService;
import org.retentionsuite.segmentation.service.CustomerProfileService;
import org.retentionsuite.segmentation.service.CustomerService;
import org.retentionsuite.segmentation.service.KpiService;
import org.retentionsuite.segmentation.service.RfmService;
import org.retentionsuite.segmentation.service.VipService;

/**
 * The customer attribute, RFM, KPI, cohort, churn risk, VIP and insights calls of
 * {@link SegmentationGrpcService}: map the request, call a use case, map the reply.
 */
@ApplicationScoped
public class AnalyticsRpcs {

    private final CustomerService customers;
    private final CustomerProfileService profiles;
    private final RfmService rfm;
    private final KpiService kpis;
    private final CohortService cohorts;
    private final ChurnRiskService churnRisk;
    private final VipService vip;
    private final AnalyticsMapper analytics;
    private final CustomerMapper customerMapper;
    private final SegmentationConfig config;

    public AnalyticsRpcs(CustomerService customers, CustomerProfileService profiles, RfmService rfm, KpiService kpis,
            CohortService cohorts, ChurnRiskService churnRisk, VipService vip, AnalyticsMapper analytics,
            CustomerMapper customerMapper, SegmentationConfig config) {
        this.customers = customers;
        this.profiles = profiles;
        this.rfm = rfm;
        this.kpis = kpis;
        this.cohorts = cohorts;
        this.churnRisk = churnRisk;
        this.vip = vip;
        this.analytics = analytics;
        this.customerMapper = customerMapper;
        this.config = config;
    }

    GetCustomerInsightsResponse insights(GetCustomerInsightsRequest request) {
        return GetCustomerInsightsResponse.newBuilder()
                .setInsights(customerMapper.toProto(profiles.profileOf(request.getCustomerId()), config.reportingCurrency()))
                .build();
    }

    UpsertCustomersResponse upsertCustomers(UpsertCustomersRequest request) {
        var counts = customers.upsert(customerMapper.toReported(request));
        return UpsertCustomersResponse.newBuilder().setCreatedCount(counts.created()).setUpdatedCount(counts.updated())
                .build();
    }

    GetRfmDistributionResponse rfmDistribution(GetRfmDistributionRequest request) {
        return analytics.toProto(rfm.distribution(request.getAsOf(), request.getSince()));
    }

    ListRfmScoresResponse rfmScores(ListRfmScoresRequest request) {
        return analytics.toProto(rfm.page(request.getAsOf(), request.getSince(), analytics.toDomain(request.getSegment()),
                request.getPageSize(), request.getPageToken()), config.reportingCurrency());
    }

    GetKpisResponse kpis(GetKpisRequest request) {
        return GetKpisResponse.newBuilder()
                .setKpis(analytics.toProto(kpis.of(request.getFrom(), request.getTo(), request.getChurnWindowDays()),
                        config.reportingCurrency()))
                .build();
    }

    GetCohortRetentionResponse cohortRetention(GetCohortRetentionRequest request) {
        return analytics.toProto(cohorts.retention(analytics.toDomain(request.getPeriod()),
                analytics.toDomain(request.getBasis()), request.getFrom(), request.getTo()));
    }

    ScoreChurnRiskResponse scoreChurnRisk(ScoreChurnRiskRequest request) {
        ChurnRiskService.ScoringOutcome outcome = churnRisk.scoreAll(request.getAsOf());
        return ScoreChurnRiskResponse.newBuilder()
                .setAsOf(outcome.asOf().toString())
                .setScoredCount(outcome.scored())
                .setLowCount(outcome.perLevel().get(ChurnRiskLevel.LOW))
                .setMediumCount(outcome.perLevel().get(ChurnRiskLevel.MEDIUM))
                .setHighCount(outcome.perLevel().get(ChurnRiskLevel.HIGH))
                .setLevelChangeCount(outcome.levelChanges())
                .build();
    }

    ScoreCustomerChurnRiskResponse scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest request) {
        ChurnRiskService.CustomerScoring scoring = churnRisk.scoreCustomer(request.getCustomerId(), request.getAsOf());
        return ScoreCustomerChurnRiskResponse.newBuilder()
                .setChurnRisk(customerMapper.toProto(scoring.risk()))
                .setPreviousLevel(customerMapper.toProto(scoring.previousLevel()))
                .build();
    }

    GetCustomerChurnRiskResponse customerChurnRisk(GetCustomerChurnRiskRequest request) {
        return GetCustomerChurnRiskResponse.newBuilder()
                .setChurnRisk(customerMapper.toProto(churnRisk.current(request.getCustomerId())))
                .build();
    }

    ListVipCustomersResponse vipCustomers(ListVipCustomersRequest request) {
        var ranking = analytics.toDomain(request.getRanking());
        return analytics.toProto(ranking, vip.top(ranking, request.getLimit()), config.reportingCurrency());
    }
}
