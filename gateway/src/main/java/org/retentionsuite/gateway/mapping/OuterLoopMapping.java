package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.IdeaAnnouncement;
import org.retentionsuite.gateway.api.IdeaCreation;
import org.retentionsuite.gateway.api.IdeaLinks;
import org.retentionsuite.gateway.api.IdeaList;
import org.retentionsuite.gateway.api.IdeaView;
import org.retentionsuite.gateway.api.ResponseTagsView;
import org.retentionsuite.gateway.api.TagRuleCreation;
import org.retentionsuite.gateway.api.TagRuleList;
import org.retentionsuite.gateway.api.TagRuleView;
import org.retentionsuite.gateway.error.InvalidFieldException;
import org.retentionsuite.proto.feedback.v1.CreateIdeaRequest;
import org.retentionsuite.proto.feedback.v1.CreateTagRuleRequest;
import org.retentionsuite.proto.feedback.v1.IdeaLink;
import org.retentionsuite.proto.feedback.v1.IdeaStatus;
import org.retentionsuite.proto.feedback.v1.ImprovementIdea;
import org.retentionsuite.proto.feedback.v1.LinkResponsesRequest;
import org.retentionsuite.proto.feedback.v1.ListIdeasRequest;
import org.retentionsuite.proto.feedback.v1.ListTagRulesResponse;
import org.retentionsuite.proto.feedback.v1.ShipIdeaResponse;
import org.retentionsuite.proto.feedback.v1.TagResponseRequest;
import org.retentionsuite.proto.feedback.v1.TagResponseResponse;
import org.retentionsuite.proto.feedback.v1.TagRule;

import java.util.List;
import java.util.Locale;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** Tags, keyword rules and improvement ideas: the outer feedback loop's JSON and contract. */
@ApplicationScoped
public class OuterLoopMapping {

    public TagResponseRequest toRequest(String responseId, List<String> tags) {
        return TagResponseRequest.newBuilder().setResponseId(responseId)
                .addAllTags(tags == null ? List.of() : tags.stream().map(Timestamps::orEmpty).toList()).build();
    }

    public ResponseTagsView toView(TagResponseResponse response) {
        return new ResponseTagsView(response.getResponseId(), response.getTagsList().stream()
                .map(tag -> new ResponseTagsView.Tag(tag.getTag(), tag.getSource().name().replace("TAG_SOURCE_", ""))).toList());
    }

    public CreateTagRuleRequest toRequest(TagRuleCreation rule) {
        return CreateTagRuleRequest.newBuilder().setLanguage(orEmpty(rule.language())).setKeyword(orEmpty(rule.keyword()))
                .setTag(orEmpty(rule.tag())).build();
    }

    public TagRuleView toView(TagRule rule) {
        return new TagRuleView(rule.getId(), rule.getLanguage(), rule.getKeyword(), rule.getTag());
    }

    public TagRuleList toView(ListTagRulesResponse rules) {
        return new TagRuleList(rules.getRulesList().stream().map(this::toView).toList());
    }

    public CreateIdeaRequest toRequest(IdeaCreation idea) {
        return CreateIdeaRequest.newBuilder().setTitle(orEmpty(idea.title())).setDescription(orEmpty(idea.description()))
                .setEffort(idea.effort() == null ? 0 : idea.effort()).setCurrencyCode(orEmpty(idea.currency())).build();
    }

    public LinkResponsesRequest toRequest(String ideaId, IdeaLinks links) {
        LinkResponsesRequest.Builder request = LinkResponsesRequest.newBuilder().setIdeaId(ideaId);
        List<IdeaLinks.Link> given = links.links() == null ? List.of() : links.links();
        for (int i = 0; i < given.size(); i++) {
            IdeaLinks.Link link = given.get(i);
            if (link == null) {
                throw new InvalidFieldException("links[" + i + "]", "is required");
            }
            IdeaLink.Builder proto = IdeaLink.newBuilder().setResponseId(orEmpty(link.responseId()));
            if (link.customerValue() != null) {
                proto.setCustomerValue(MoneyFormat.toProto("links[" + i + "].customerValue", link.customerValue()));
            }
            request.addLinks(proto);
        }
        return request.build();
    }

    public ListIdeasRequest toListRequest(String status) {
        ListIdeasRequest.Builder request = ListIdeasRequest.newBuilder();
        if (status != null && !status.isBlank()) {
            request.setStatus(switch (status.strip().toUpperCase(Locale.ROOT)) {
                case "OPEN" -> IdeaStatus.IDEA_STATUS_OPEN;
                case "SHIPPED" -> IdeaStatus.IDEA_STATUS_SHIPPED;
                default -> throw new InvalidFieldException("status", "must be one of OPEN, SHIPPED");
            });
        }
        return request.build();
    }

    public IdeaView toView(ImprovementIdea idea) {
        return new IdeaView(idea.getId(), idea.getTitle(), orNull(idea.getDescription()), idea.getEffort(),
                idea.getStatus().name().replace("IDEA_STATUS_", ""), idea.getResponsesLinked(), idea.getCustomersAffected(),
                idea.hasValueAffected() ? MoneyFormat.toJson(idea.getValueAffected()) : null, idea.getPriority(),
                toInstant(idea.hasCreatedAt(), idea.getCreatedAt()), toInstant(idea.hasShippedAt(), idea.getShippedAt()),
                orNull(idea.getAnnouncement()));
    }

    public IdeaList toView(List<ImprovementIdea> ideas) {
        return new IdeaList(ideas.stream().map(this::toView).toList());
    }

    public IdeaAnnouncement toView(ShipIdeaResponse shipped) {
        return new IdeaAnnouncement(toView(shipped.getIdea()), List.copyOf(shipped.getRespondentsList()));
    }
}
