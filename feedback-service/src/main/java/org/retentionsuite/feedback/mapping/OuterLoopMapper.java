package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.IdeaStatus;
import org.retentionsuite.feedback.service.IdeaService.Link;
import org.retentionsuite.feedback.service.IdeaService.RankedIdea;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.feedback.v1.IdeaLink;
import org.retentionsuite.proto.feedback.v1.ImprovementIdea;
import org.retentionsuite.proto.feedback.v1.ResponseTag;
import org.retentionsuite.proto.feedback.v1.TagResponseResponse;
import org.retentionsuite.proto.feedback.v1.TagRule;
import org.retentionsuite.proto.feedback.v1.TagSource;

import java.util.List;
import java.util.Map;

import static org.retentionsuite.feedback.mapping.FeedbackMapper.timestamp;

/** Tags, keyword rules and improvement ideas of the closed-loop contract. */
@ApplicationScoped
public class OuterLoopMapper {

    public TagRule toProto(org.retentionsuite.feedback.domain.TagRule rule) {
        return TagRule.newBuilder().setId(rule.id().toString()).setLanguage(rule.language()).setKeyword(rule.keyword())
                .setTag(rule.tag()).build();
    }

    public TagResponseResponse toProto(String responseId, Map<String, String> tags) {
        TagResponseResponse.Builder proto = TagResponseResponse.newBuilder().setResponseId(responseId.strip());
        tags.forEach((tag, source) -> proto.addTags(ResponseTag.newBuilder().setTag(tag)
                .setSource(TagSource.valueOf("TAG_SOURCE_" + source))));
        return proto.build();
    }

    public List<Link> toLinks(List<IdeaLink> links) {
        return links.stream().map(link -> link.hasCustomerValue()
                ? new Link(link.getResponseId(), link.getCustomerValue().getCurrencyCode(), link.getCustomerValue().getAmountMinor())
                : new Link(link.getResponseId(), null, null)).toList();
    }

    /** The domain's status, or null when the request names none. */
    public IdeaStatus toDomain(org.retentionsuite.proto.feedback.v1.IdeaStatus status) {
        return switch (status) {
            case IDEA_STATUS_OPEN -> IdeaStatus.OPEN;
            case IDEA_STATUS_SHIPPED -> IdeaStatus.SHIPPED;
            case IDEA_STATUS_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    public ImprovementIdea toProto(RankedIdea ranked) {
        var idea = ranked.idea();
        ImprovementIdea.Builder proto = ImprovementIdea.newBuilder()
                .setId(idea.id().toString())
                .setTitle(idea.title())
                .setEffort(idea.effort())
                .setStatus(org.retentionsuite.proto.feedback.v1.IdeaStatus.valueOf("IDEA_STATUS_" + idea.status().name()))
                .setResponsesLinked(ranked.impact().responses())
                .setCustomersAffected(ranked.impact().customers())
                .setPriority(ranked.priority())
                .setCreatedAt(timestamp(idea.createdAt()));
        if (idea.description() != null) {
            proto.setDescription(idea.description());
        }
        if (ranked.impact().valueMinor() != null && idea.currencyCode() != null) {
            proto.setValueAffected(Money.newBuilder().setCurrencyCode(idea.currencyCode())
                    .setAmountMinor(ranked.impact().valueMinor()));
        }
        if (idea.shippedAt() != null) {
            proto.setShippedAt(timestamp(idea.shippedAt())).setAnnouncement(idea.announcement());
        }
        return proto.build();
    }
}
