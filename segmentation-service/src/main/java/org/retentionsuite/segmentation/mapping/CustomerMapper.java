package org.retentionsuite.segmentation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.segmentation.v1.ChurnIndicator;
import org.retentionsuite.proto.segmentation.v1.ChurnReason;
import org.retentionsuite.proto.segmentation.v1.ChurnRiskLevel;
import org.retentionsuite.proto.segmentation.v1.CustomerAttributes;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;
import org.retentionsuite.segmentation.domain.CustomerProfile;
import org.retentionsuite.segmentation.domain.ReportedActivity;
import org.retentionsuite.segmentation.domain.ReportedCustomer;
import org.retentionsuite.segmentation.domain.churn.ChurnRisk;

import java.util.Currency;
import java.util.List;

/** Customers' attributes, churn risk and profile between the contract and the domain. */
@ApplicationScoped
public class CustomerMapper {

    private final SegmentationMapper insights;
    private final ClvMapper clv;
    private final AnalyticsMapper analytics;
    private final SegmentMapper segments;

    public CustomerMapper(SegmentationMapper insights, ClvMapper clv, AnalyticsMapper analytics, SegmentMapper segments) {
        this.insights = insights;
        this.clv = clv;
        this.analytics = analytics;
        this.segments = segments;
    }

    public List<ReportedCustomer> toReported(UpsertCustomersRequest request) {
        return request.getCustomersList().stream().map(c -> new ReportedCustomer(c.getCustomerId(), c.getCountry(),
                c.getLanguage(), c.getSignedUpOn(), c.getAcquisitionChannel(),
                c.hasAcquisitionCost() ? new ReportedActivity.Amount(c.getAcquisitionCost().getCurrencyCode(),
                        c.getAcquisitionCost().getAmountMinor()) : null,
                c.getReferredBy())).toList();
    }

    public org.retentionsuite.proto.segmentation.v1.ChurnRisk toProto(ChurnRisk risk) {
        var proto = org.retentionsuite.proto.segmentation.v1.ChurnRisk.newBuilder()
                .setCustomerId(risk.customerId())
                .setScore(risk.score())
                .setLevel(toProto(risk.level()))
                .setAsOf(risk.asOf().toString())
                .setFitId(risk.fitId() == null ? "" : risk.fitId().toString());
        if (risk.probabilityAlive() != null) {
            proto.setProbabilityAlive(risk.probabilityAlive());
        }
        risk.reasons().forEach(reason -> proto.addReasons(ChurnReason.newBuilder()
                .setIndicator(ProtoEnums.toProto(ChurnIndicator.class, reason.indicator(), "CHURN_INDICATOR_"))
                .setValue(reason.value())
                .setBaseline(reason.baseline())
                .setDescription(reason.description())));
        return proto.build();
    }

    /** Null (never scored) is unspecified. */
    public ChurnRiskLevel toProto(org.retentionsuite.segmentation.domain.churn.ChurnRiskLevel level) {
        return level == null ? ChurnRiskLevel.CHURN_RISK_LEVEL_UNSPECIFIED
                : ProtoEnums.toProto(ChurnRiskLevel.class, level, "CHURN_RISK_LEVEL_");
    }

    public org.retentionsuite.proto.segmentation.v1.CustomerInsights toProto(CustomerProfile profile, Currency currency) {
        var proto = insights.toProto(profile.insights()).toBuilder()
                .setChurnRisk(toProto(profile.churnRisk()))
                .setCohortMonth(profile.cohortMonth() == null ? "" : profile.cohortMonth().toString())
                .addAllSegments(profile.segments().stream().map(segments::toProto).toList());
        if (profile.rfm() != null) {
            proto.setRfm(analytics.toProto(profile.rfm(), currency));
        }
        if (profile.clv() != null) {
            proto.setClv(clv.toProto(profile.clv()));
        }
        if (profile.attributes() != null) {
            proto.setAttributes(toProto(profile.attributes(), currency));
        }
        return proto.build();
    }

    public CustomerAttributes toProto(org.retentionsuite.segmentation.domain.CustomerAttributes a, Currency currency) {
        var attributes = CustomerAttributes.newBuilder()
                .setCustomerId(a.customerId())
                .setCountry(a.country() == null ? "" : a.country())
                .setLanguage(a.language() == null ? "" : a.language())
                .setSignedUpOn(a.signedUpOn() == null ? "" : a.signedUpOn().toString())
                .setAcquisitionChannel(a.acquisitionChannel() == null ? "" : a.acquisitionChannel())
                .setReferredBy(a.referredBy() == null ? "" : a.referredBy());
        if (a.acquisitionCostMinor() != null) {
            attributes.setAcquisitionCost(AnalyticsMapper.money(a.acquisitionCostMinor(), currency));
        }
        return attributes.build();
    }
}
