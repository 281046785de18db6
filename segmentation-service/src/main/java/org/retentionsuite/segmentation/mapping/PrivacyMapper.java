package org.retentionsuite.segmentation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.ChurnLevelChange;
import org.retentionsuite.proto.segmentation.v1.CustomerPlaybookRun;
import org.retentionsuite.proto.segmentation.v1.CustomerScore;
import org.retentionsuite.proto.segmentation.v1.RfmSegment;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerResponse;
import org.retentionsuite.proto.segmentation.v1.ForgetCustomerResponse;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.Activity;
import org.retentionsuite.segmentation.domain.CustomerExport;

import java.util.Currency;

import static org.retentionsuite.segmentation.mapping.ProtoTime.timestamp;

/** A customer's export and erasure as the contract spells them. */
@ApplicationScoped
public class PrivacyMapper {

    private final SegmentationMapper insights;
    private final SegmentMapper segments;
    private final CustomerMapper customers;
    private final SegmentationConfig config;

    public PrivacyMapper(SegmentationMapper insights, SegmentMapper segments, CustomerMapper customers,
            SegmentationConfig config) {
        this.insights = insights;
        this.segments = segments;
        this.customers = customers;
        this.config = config;
    }

    /** Amounts (acquisition cost, predicted CLV) are in the reporting currency. */
    public ExportCustomerResponse toProto(CustomerExport export) {
        Currency currency = config.reportingCurrency();
        var proto = ExportCustomerResponse.newBuilder()
                .setCustomerId(export.customerId())
                .addAllActivities(export.activities().stream().map(PrivacyMapper::toProto).toList())
                .addAllSegments(export.segments().stream().map(segments::toProto).toList())
                .addAllSegmentChanges(export.segmentChanges().stream().map(segments::toProto).toList());
        export.insights().ifPresent(i -> proto.setInsights(insights.toProto(i)));
        export.attributes().ifPresent(a -> proto.setAttributes(customers.toProto(a, currency)));
        export.churnRisk().ifPresent(r -> proto.setChurnRisk(customers.toProto(r)));
        export.levelChanges().forEach(c -> proto.addChurnLevelChanges(ChurnLevelChange.newBuilder()
                .setFromLevel(customers.toProto(c.from())).setToLevel(customers.toProto(c.to()))
                .setScore(c.score()).setAsOf(c.asOf().toString()).setChangedAt(timestamp(c.changedAt()))));
        export.playbookRuns().forEach(r -> proto.addPlaybookRuns(CustomerPlaybookRun.newBuilder()
                .setRunId(r.runId().toString()).setPlaybookId(r.playbookId().toString()).setPlaybookName(r.playbookName())
                .setArm(r.arm()).setTriggeredAt(timestamp(r.triggeredAt()))
                .setAlertMessage(r.alertMessage() == null ? "" : r.alertMessage())));
        export.score().ifPresent(score -> {
            var s = CustomerScore.newBuilder()
                    .setRecencyScore(score.recencyScore()).setFrequencyScore(score.frequencyScore())
                    .setMonetaryScore(score.monetaryScore())
                    .setRfmSegment(ProtoEnums.toProto(RfmSegment.class, score.rfmSegment(), "RFM_SEGMENT_"))
                    .setFitId(score.fitId() == null ? "" : score.fitId().toString())
                    .setAsOf(score.asOf().toString());
            if (score.predictedClvMinor() != null) {
                s.setPredictedClv(AnalyticsMapper.money(score.predictedClvMinor(), currency));
            }
            proto.setScore(s);
        });
        return proto.build();
    }

    public ForgetCustomerResponse toProto(int anonymised) {
        return ForgetCustomerResponse.newBuilder().setActivitiesAnonymised(anonymised).build();
    }

    private static org.retentionsuite.proto.segmentation.v1.Activity toProto(Activity activity) {
        var proto = org.retentionsuite.proto.segmentation.v1.Activity.newBuilder()
                .setEventId(activity.eventId())
                .setCustomerId(activity.customerId())
                .setType(switch (activity.type()) {
                    case PURCHASE -> ActivityType.ACTIVITY_TYPE_PURCHASE;
                    case RETURN -> ActivityType.ACTIVITY_TYPE_RETURN;
                    case VISIT -> ActivityType.ACTIVITY_TYPE_VISIT;
                    case SUPPORT_CONTACT -> ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT;
                    case FEEDBACK -> ActivityType.ACTIVITY_TYPE_FEEDBACK;
                })
                .setOccurredAt(timestamp(activity.occurredAt()));
        if (activity.amountMinor() != null) {
            proto.setAmount(Money.newBuilder().setCurrencyCode(activity.currencyCode()).setAmountMinor(activity.amountMinor()));
        }
        return proto.build();
    }
}
