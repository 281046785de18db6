package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.ActivityEvent;
import org.retentionsuite.gateway.api.ChurnRiskViews;
import org.retentionsuite.gateway.api.CustomerAttributesReceipt;
import org.retentionsuite.gateway.api.CustomerAttributesUpdate;
import org.retentionsuite.gateway.api.CustomerAttributesView;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ChurnRisk;
import org.retentionsuite.proto.segmentation.v1.ChurnRiskLevel;
import org.retentionsuite.proto.segmentation.v1.CustomerAttributes;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.FeedbackScore;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersResponse;

import java.util.List;

/** Customers' attributes, activity details and churn risk between the API's JSON and the segmentation contract. */
@ApplicationScoped
public class CustomerMapping {

    /** A visit's name, a support contact's outcome and a feedback score, where the event carries them. */
    static void addDetails(Activity.Builder activity, ActivityEvent event) {
        if (event.name() != null) {
            activity.setName(event.name());
        }
        if (event.supportOutcome() != null) {
            activity.setSupportOutcome(SupportOutcome.valueOf("SUPPORT_OUTCOME_" + event.supportOutcome().name()));
        }
        if (event.feedback() != null) {
            FeedbackScore.Builder feedback = FeedbackScore.newBuilder()
                    .setKind(FeedbackKind.valueOf("FEEDBACK_KIND_" + event.feedback().kind().name()))
                    .setScore(event.feedback().score());
            if (event.feedback().surveyId() != null) {
                feedback.setSurveyId(event.feedback().surveyId());
            }
            if (event.feedback().responseId() != null) {
                feedback.setResponseId(event.feedback().responseId());
            }
            activity.setFeedback(feedback);
        }
    }

    public UpsertCustomersRequest toRequest(List<CustomerAttributesUpdate> updates) {
        UpsertCustomersRequest.Builder request = UpsertCustomersRequest.newBuilder();
        for (int i = 0; i < updates.size(); i++) {
            CustomerAttributesUpdate update = updates.get(i);
            CustomerAttributes.Builder customer = CustomerAttributes.newBuilder()
                    .setCustomerId(update.customerId())
                    .setCountry(orEmpty(update.country()))
                    .setLanguage(orEmpty(update.language()))
                    .setSignedUpOn(orEmpty(update.signedUpOn()))
                    .setAcquisitionChannel(orEmpty(update.acquisitionChannel()))
                    .setReferredBy(orEmpty(update.referredBy()));
            if (update.acquisitionCost() != null) {
                customer.setAcquisitionCost(MoneyFormat.toProto("[" + i + "].acquisitionCost", update.acquisitionCost()));
            }
            request.addCustomers(customer);
        }
        return request.build();
    }

    public CustomerAttributesReceipt toReceipt(UpsertCustomersResponse response) {
        return new CustomerAttributesReceipt(response.getCreatedCount(), response.getUpdatedCount());
    }

    static CustomerAttributesView toView(CustomerAttributes attributes) {
        return new CustomerAttributesView(orNull(attributes.getCountry()), orNull(attributes.getLanguage()),
                orNull(attributes.getSignedUpOn()), orNull(attributes.getAcquisitionChannel()),
                attributes.hasAcquisitionCost() ? MoneyFormat.toJson(attributes.getAcquisitionCost()) : null,
                orNull(attributes.getReferredBy()));
    }

    static ChurnRiskViews.ChurnRisk toView(ChurnRisk risk) {
        return new ChurnRiskViews.ChurnRisk(risk.getCustomerId(), risk.getAsOf(), risk.getScore(), level(risk.getLevel()),
                risk.getReasonsList().stream().map(r -> new ChurnRiskViews.Reason(
                        r.getIndicator().name().substring("CHURN_INDICATOR_".length()), r.getValue(), r.getBaseline(),
                        r.getDescription())).toList(),
                orNull(risk.getFitId()), risk.hasProbabilityAlive() ? risk.getProbabilityAlive() : null);
    }

    public ChurnRiskViews.ChurnRisk toChurnRiskView(ChurnRisk risk) {
        return toView(risk);
    }

    public ChurnRiskViews.Scoring toView(ScoreCustomerChurnRiskResponse response) {
        return new ChurnRiskViews.Scoring(toView(response.getChurnRisk()), level(response.getPreviousLevel()));
    }

    public ChurnRiskViews.ScoringSummary toView(ScoreChurnRiskResponse response) {
        return new ChurnRiskViews.ScoringSummary(response.getAsOf(), response.getScoredCount(), response.getLowCount(),
                response.getMediumCount(), response.getHighCount(), response.getLevelChangeCount());
    }

    /** Null for unspecified (never scored). */
    private static String level(ChurnRiskLevel level) {
        return switch (level) {
            case CHURN_RISK_LEVEL_LOW -> "LOW";
            case CHURN_RISK_LEVEL_MEDIUM -> "MEDIUM";
            case CHURN_RISK_LEVEL_HIGH -> "HIGH";
            case CHURN_RISK_LEVEL_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
