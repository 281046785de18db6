package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.BadgeList;
import org.retentionsuite.gateway.api.ChallengeCreation;
import org.retentionsuite.gateway.api.ChallengeMetric;
import org.retentionsuite.gateway.api.ChallengeView;
import org.retentionsuite.gateway.api.Leaderboard;
import org.retentionsuite.proto.loyalty.v1.Badge;
import org.retentionsuite.proto.loyalty.v1.Challenge;
import org.retentionsuite.proto.loyalty.v1.CreateChallengeRequest;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardRequest;
import org.retentionsuite.proto.loyalty.v1.LeaderboardEntry;

import java.util.List;

import static org.retentionsuite.gateway.mapping.LoyaltyMapping.apiValue;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/** Challenges, the badges they give and the leaderboard: the API's JSON and the loyalty contract. */
@ApplicationScoped
public class ChallengeMapping {

    private static final String METRIC = "CHALLENGE_METRIC_";
    private static final int MAX_LEADERBOARD = 100;

    public CreateChallengeRequest toRequest(String programId, ChallengeCreation challenge, String idempotencyKey) {
        CreateChallengeRequest.Builder request = CreateChallengeRequest.newBuilder()
                .setIdempotencyKey(IdempotencyKeys.optional(idempotencyKey))
                .setProgramId(programId)
                .setName(challenge.name())
                .setBadge(challenge.badge())
                .setMetric(org.retentionsuite.proto.loyalty.v1.ChallengeMetric.valueOf(METRIC + challenge.metric().name()))
                .setTarget(challenge.target())
                .setWindowDays(challenge.windowDays())
                .setBonusPoints(challenge.bonusPoints() == null ? 0 : challenge.bonusPoints());
        if (challenge.activeFrom() != null) {
            request.setActiveFrom(toTimestamp(challenge.activeFrom()));
        }
        if (challenge.activeUntil() != null) {
            request.setActiveUntil(toTimestamp(challenge.activeUntil()));
        }
        return request.build();
    }

    public ChallengeView toView(Challenge challenge) {
        return new ChallengeView(challenge.getId(), challenge.getProgramId(), challenge.getName(), challenge.getBadge(),
                apiValue(ChallengeMetric.class, METRIC, challenge.getMetric()), challenge.getTarget(),
                challenge.getWindowDays(), challenge.getBonusPoints(),
                toInstant(challenge.hasActiveFrom(), challenge.getActiveFrom()),
                toInstant(challenge.hasActiveUntil(), challenge.getActiveUntil()));
    }

    public BadgeList toView(List<Badge> badges) {
        return new BadgeList(badges.stream()
                .map(badge -> new BadgeList.Badge(badge.getBadge(), badge.getChallengeId(),
                        toInstant(badge.hasEarnedAt(), badge.getEarnedAt())))
                .toList());
    }

    /** {@code from} and {@code to} are ISO 8601 instants (the service requires both); {@code limit} 1 to 100. */
    public GetLeaderboardRequest toLeaderboardRequest(String programId, String from, String to, String limit) {
        GetLeaderboardRequest.Builder request = GetLeaderboardRequest.newBuilder()
                .setProgramId(programId)
                .setLimit(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, MAX_LEADERBOARD));
        if (from != null) {
            request.setFrom(toTimestamp(QueryParameters.instant("from", from)));
        }
        if (to != null) {
            request.setTo(toTimestamp(QueryParameters.instant("to", to)));
        }
        return request.build();
    }

    public Leaderboard toLeaderboard(List<LeaderboardEntry> entries) {
        return new Leaderboard(entries.stream()
                .map(entry -> new Leaderboard.Entry(entry.getRank(), entry.getCustomerId(), entry.getPointsEarned()))
                .toList());
    }
}
