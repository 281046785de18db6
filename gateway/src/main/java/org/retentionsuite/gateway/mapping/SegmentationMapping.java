package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.ActivityEvent;
import org.retentionsuite.gateway.api.ActivityImportReceipt;
import org.retentionsuite.gateway.api.ActivityReceipt;
import org.retentionsuite.gateway.api.ClvFitCreation;
import org.retentionsuite.gateway.api.ClvFitView;
import org.retentionsuite.gateway.api.ClvHoldoutView;
import org.retentionsuite.gateway.api.CustomerClvView;
import org.retentionsuite.gateway.api.CustomerInsightsView;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.BgNbdModel;
import org.retentionsuite.proto.segmentation.v1.ClvFit;
import org.retentionsuite.proto.segmentation.v1.ClvHoldoutReport;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.CustomerClv;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.CustomerSegment;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.GammaGammaModel;
import org.retentionsuite.proto.segmentation.v1.ImportActivityResponse;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/** The activity, insights and CLV API's JSON and the segmentation contract. */
@ApplicationScoped
public class SegmentationMapping {

    public RecordActivityRequest toRequest(List<ActivityEvent> events) {
        RecordActivityRequest.Builder request = RecordActivityRequest.newBuilder();
        for (int i = 0; i < events.size(); i++) {
            ActivityEvent event = events.get(i);
            Activity.Builder activity = Activity.newBuilder()
                    .setEventId(event.eventId())
                    .setCustomerId(event.customerId())
                    .setType(ActivityType.valueOf("ACTIVITY_TYPE_" + event.type().name()))
                    .setOccurredAt(toTimestamp(event.occurredAt()));
            if (event.amount() != null) {
                activity.setAmount(MoneyFormat.toProto("[" + i + "].amount", event.amount()));
            }
            CustomerMapping.addDetails(activity, event);
            request.addActivities(activity);
        }
        return request.build();
    }

    public ActivityReceipt toReceipt(RecordActivityResponse response) {
        return new ActivityReceipt(response.getRecordedCount(), response.getDuplicateCount());
    }

    public CustomerInsightsView toView(CustomerInsights insights) {
        return new CustomerInsightsView(insights.getCustomerId(), insights.getPurchaseCount(),
                MoneyFormat.toJson(insights.getTotalSpend()),
                toInstant(insights.hasFirstPurchaseAt(), insights.getFirstPurchaseAt()),
                toInstant(insights.hasLastPurchaseAt(), insights.getLastPurchaseAt()),
                insights.hasRfm() ? AnalyticsMapping.toView(insights.getRfm()) : null,
                insights.hasClv() ? toView(insights.getClv()) : null,
                insights.hasChurnRisk() ? CustomerMapping.toView(insights.getChurnRisk()) : null,
                insights.getCohortMonth().isEmpty() ? null : insights.getCohortMonth(),
                insights.hasAttributes() ? CustomerMapping.toView(insights.getAttributes()) : null,
                insights.getSegmentsList().stream().map(SegmentationMapping::toView).toList());
    }

    private static CustomerInsightsView.Segment toView(CustomerSegment segment) {
        return new CustomerInsightsView.Segment(segment.getSegmentId(), segment.getSegmentName(),
                toInstant(segment.hasEnteredAt(), segment.getEnteredAt()));
    }

    public ActivityImportReceipt toReceipt(ImportActivityResponse response) {
        return new ActivityImportReceipt(response.getRowCount(), response.getRecordedCount(), response.getDuplicateCount());
    }

    public FitClvModelRequest toRequest(ClvFitCreation creation) {
        return FitClvModelRequest.newBuilder()
                .setCalibrationStart(creation.calibrationStart() == null ? "" : creation.calibrationStart())
                .setCalibrationEnd(creation.calibrationEnd())
                .setTimeUnit(ClvTimeUnit.valueOf("CLV_TIME_UNIT_" + creation.timeUnit().name()))
                .build();
    }

    public ClvFitView toView(ClvFit fit) {
        BgNbdModel bgnbd = fit.getBgnbd();
        GammaGammaModel gammaGamma = fit.getGammaGamma();
        return new ClvFitView(fit.getId(), fit.getCalibrationStart().isEmpty() ? null : fit.getCalibrationStart(),
                fit.getCalibrationEnd(), toJson(fit.getTimeUnit()), fit.getCurrencyCode(), fit.getCustomerCount(),
                fit.getRepeatBuyerCount(),
                new ClvFitView.BgNbd(bgnbd.getR(), bgnbd.getAlpha(), bgnbd.getA(), bgnbd.getB(), bgnbd.getLogLikelihood(),
                        standardErrors("r", bgnbd.getRStandardError(), "alpha", bgnbd.getAlphaStandardError(),
                                "a", bgnbd.getAStandardError(), "b", bgnbd.getBStandardError())),
                new ClvFitView.GammaGamma(gammaGamma.getP(), gammaGamma.getQ(), gammaGamma.getGamma(),
                        gammaGamma.getLogLikelihood(),
                        standardErrors("p", gammaGamma.getPStandardError(), "q", gammaGamma.getQStandardError(),
                                "gamma", gammaGamma.getGammaStandardError())),
                toInstant(fit.hasFittedAt(), fit.getFittedAt()));
    }

    public CustomerClvView toView(CustomerClv clv) {
        return new CustomerClvView(clv.getCustomerId(), clv.getFitId(), toJson(clv.getTimeUnit()), clv.getHorizon(),
                clv.getProbabilityAlive(), clv.getExpectedPurchases(), MoneyFormat.toJson(clv.getExpectedAverageSpend()),
                MoneyFormat.toJson(clv.getClv()), clv.getAnnualDiscountRate(),
                new CustomerClvView.History(clv.getRepeatPurchases(), clv.getRecency(), clv.getAge()));
    }

    public ClvHoldoutView toView(ClvHoldoutReport report) {
        return new ClvHoldoutView(report.getFitId(), report.getHoldoutEnd(), report.getHoldoutLength(),
                report.getCustomerCount(), report.getActualPurchases(), report.getPredictedPurchases(),
                report.getGroupsList().stream().map(g -> new ClvHoldoutView.Group(g.getCalibrationRepeatPurchases(),
                        g.getOrMore(), g.getCustomerCount(), g.getActualAverage(), g.getPredictedAverage())).toList());
    }

    private static org.retentionsuite.gateway.api.ClvTimeUnit toJson(ClvTimeUnit unit) {
        return unit == ClvTimeUnit.CLV_TIME_UNIT_DAY ? org.retentionsuite.gateway.api.ClvTimeUnit.DAY
                : org.retentionsuite.gateway.api.ClvTimeUnit.WEEK;
    }

    /** JSON has no NaN: a standard error that could not be estimated is null. */
    private static Map<String, Double> standardErrors(Object... namesAndValues) {
        Map<String, Double> errors = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            double value = (Double) namesAndValues[i + 1];
            errors.put((String) namesAndValues[i], Double.isFinite(value) ? value : null);
        }
        return errors;
    }
}
