package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.BadgeList;
import org.retentionsuite.gateway.api.CustomerView;
import org.retentionsuite.gateway.client.CircuitOpenException;
import org.retentionsuite.gateway.client.DownstreamException;
import org.retentionsuite.proto.feedback.v1.FollowUpCase;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackResponse;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;
import org.retentionsuite.proto.loyalty.v1.Member;

import java.util.List;

import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** The parts of the customer 360 view, and why a part is missing. */
@ApplicationScoped
public class CustomerViewMapping {

    public CustomerView.Membership toMembership(Member member, List<BadgeList.Badge> badges) {
        return new CustomerView.Membership(member.getProgramId(), member.getStatus().name().replace("MEMBER_STATUS_", ""),
                orNull(member.getTier()), Balances.toView(member.getBalance()), badges);
    }

    public CustomerView.FeedbackSummary toSummary(GetCustomerFeedbackResponse feedback) {
        return new CustomerView.FeedbackSummary(
                feedback.getRecentResponsesList().stream().map(CustomerViewMapping::toScore).toList(),
                feedback.getOpenCasesList().stream().map(CustomerViewMapping::toCase).toList());
    }

    /** Why a service's part is missing, in words a support agent understands. */
    public static String whyMissing(Throwable failure) {
        if (!(failure instanceof DownstreamException e)) {
            return "the part could not be read";
        }
        if (e instanceof CircuitOpenException) {
            return "the " + e.service() + " service is unavailable (failing repeatedly)";
        }
        return switch (e.status().getCode()) {
            case UNAVAILABLE -> "the " + e.service() + " service is unavailable";
            case DEADLINE_EXCEEDED -> "the " + e.service() + " service did not answer in time";
            case UNIMPLEMENTED -> "the " + e.service() + " service does not offer this yet";
            default -> "the " + e.service() + " service failed: " + e.status().getCode();
        };
    }

    private static CustomerView.RecentScore toScore(SurveyResponse response) {
        return new CustomerView.RecentScore(response.getId(), response.getSurveyId(), response.getScore(),
                toInstant(response.hasCompletedAt(), response.getCompletedAt()));
    }

    private static CustomerView.OpenCase toCase(FollowUpCase followUp) {
        return new CustomerView.OpenCase(followUp.getId(), followUp.getSurveyId(),
                followUp.getStatus().name().replace("CASE_STATUS_", ""), orNull(followUp.getOwner()),
                toInstant(followUp.hasOpenedAt(), followUp.getOpenedAt()), toInstant(followUp.hasDueAt(), followUp.getDueAt()));
    }
}
