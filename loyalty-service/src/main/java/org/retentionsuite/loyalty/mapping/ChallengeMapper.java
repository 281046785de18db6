package org.retentionsuite.loyalty.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.ChallengeMetric;
import org.retentionsuite.loyalty.domain.MemberBadge;
import org.retentionsuite.loyalty.service.ChallengeService;
import org.retentionsuite.proto.loyalty.v1.Badge;
import org.retentionsuite.proto.loyalty.v1.Challenge;
import org.retentionsuite.proto.loyalty.v1.CreateChallengeRequest;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardRequest;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardResponse;
import org.retentionsuite.proto.loyalty.v1.LeaderboardEntry;
import org.retentionsuite.proto.loyalty.v1.ListBadgesResponse;

import java.time.Instant;
import java.util.List;

import static org.retentionsuite.loyalty.mapping.ProtoValues.domainEnum;
import static org.retentionsuite.loyalty.mapping.ProtoValues.instantOrNull;
import static org.retentionsuite.loyalty.mapping.ProtoValues.timestamp;

/** Converts between the contract's challenge, badge and leaderboard messages and the domain. */
@ApplicationScoped
public class ChallengeMapper {

    public ChallengeService.ChallengeDraft toDraft(CreateChallengeRequest request) {
        return new ChallengeService.ChallengeDraft(request.getProgramId(), request.getName(), request.getBadge(),
                domainEnum(ChallengeMetric.class, request.getMetric(), "CHALLENGE_METRIC_"), request.getTarget(),
                request.getWindowDays(), request.getBonusPoints(),
                instantOrNull(request.hasActiveFrom(), request.getActiveFrom()),
                instantOrNull(request.hasActiveUntil(), request.getActiveUntil()));
    }

    public Instant from(GetLeaderboardRequest request) {
        return instantOrNull(request.hasFrom(), request.getFrom());
    }

    public Instant to(GetLeaderboardRequest request) {
        return instantOrNull(request.hasTo(), request.getTo());
    }

    public Challenge toProto(org.retentionsuite.loyalty.domain.Challenge challenge) {
        Challenge.Builder proto = Challenge.newBuilder()
                .setId(challenge.id().toString())
                .setProgramId(challenge.programId().toString())
                .setName(challenge.name())
                .setBadge(challenge.badge())
                .setMetric(org.retentionsuite.proto.loyalty.v1.ChallengeMetric.valueOf("CHALLENGE_METRIC_" + challenge.metric().name()))
                .setTarget(challenge.target())
                .setWindowDays(challenge.windowDays())
                .setBonusPoints(challenge.bonusPoints());
        if (challenge.activeFrom() != null) {
            proto.setActiveFrom(timestamp(challenge.activeFrom()));
        }
        if (challenge.activeUntil() != null) {
            proto.setActiveUntil(timestamp(challenge.activeUntil()));
        }
        return proto.build();
    }

    public ListBadgesResponse toBadges(List<MemberBadge> badges) {
        ListBadgesResponse.Builder response = ListBadgesResponse.newBuilder();
        badges.forEach(badge -> response.addBadges(Badge.newBuilder().setBadge(badge.badge())
                .setChallengeId(badge.challengeId().toString()).setEarnedAt(timestamp(badge.earnedAt()))));
        return response.build();
    }

    public GetLeaderboardResponse toLeaderboard(List<ChallengeService.Standing> standings) {
        GetLeaderboardResponse.Builder response = GetLeaderboardResponse.newBuilder();
        standings.forEach(s -> response.addEntries(LeaderboardEntry.newBuilder().setRank(s.rank())
                .setCustomerId(s.customerId()).setPointsEarned(s.pointsEarned())));
        return response.build();
    }
}
