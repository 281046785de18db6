package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.IdeaImpact;
import org.retentionsuite.feedback.domain.IdeaStatus;
import org.retentionsuite.feedback.domain.ImprovementIdea;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.IdeaRepository;
import org.retentionsuite.feedback.repository.ResponseRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outer loop: ideas linking the responses that ask for them, ranked, and announced when shipped. */
@ApplicationScoped
public class IdeaService {

    private static final int MAX_LINKS = 1000;

    private final IdeaRepository ideas;
    private final ResponseRepository responses;
    private final Clock clock;

    public IdeaService(IdeaRepository ideas, ResponseRepository responses, Clock clock) {
        this.ideas = ideas;
        this.responses = responses;
        this.clock = clock;
    }

    /** An idea with who it would help. */
    public record RankedIdea(ImprovementIdea idea, IdeaImpact impact) {

        public double priority() {
            return impact.priority(idea.effort());
        }
    }

    /** A response to link, with the customer's value (currency and minor units) when known, else nulls. */
    public record Link(String responseId, String currencyCode, Long customerValueMinor) {
    }

    public record Shipped(RankedIdea idea, List<String> respondents) {
    }

    @Transactional
    public RankedIdea create(String title, String description, int effort, String currencyCode) {
        Violations violations = new Violations();
        String validTitle = violations.requiredText("title", title, ImprovementIdea.MAX_TITLE_LENGTH);
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > ImprovementIdea.MAX_TEXT_LENGTH) {
            violations.add("description", "is longer than " + ImprovementIdea.MAX_TEXT_LENGTH + " characters");
        }
        if (effort < 1 || effort > 10) {
            violations.add("effort", "must be between 1 (a day's work) and 10 (a large project)");
        }
        Currency currency = null;
        if (currencyCode != null && !currencyCode.isBlank()) {
            try {
                currency = Currency.getInstance(currencyCode.strip());
            } catch (IllegalArgumentException unknown) {
                violations.add("currency_code", "is not an ISO 4217 currency code such as \"EUR\"");
            }
        }
        violations.throwIfAny();
        ImprovementIdea idea = new ImprovementIdea(validTitle, text, effort, currency, now());
        ideas.persist(idea);
        return new RankedIdea(idea, IdeaImpact.NONE);
    }

    @Transactional
    public RankedIdea link(String ideaId, List<Link> links) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("idea_id", ideaId);
        if (links.isEmpty() || links.size() > MAX_LINKS) {
            violations.add("links", "must hold 1 to " + MAX_LINKS + " responses");
        }
        List<UUID> responseIds = new java.util.ArrayList<>();
        for (int i = 0; i < links.size() && links.size() <= MAX_LINKS; i++) {
            responseIds.add(violations.requiredId("links[" + i + "].response_id", links.get(i).responseId()));
            Long value = links.get(i).customerValueMinor();
            if (value != null && value < 0) {
                violations.add("links[" + i + "].customer_value.amount_minor", "must not be negative");
            }
        }
        violations.throwIfAny();
        ImprovementIdea idea = locked(id);
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.customerValueMinor() != null && idea.currencyCode() == null) {
                violations.add("links[" + i + "].customer_value", "needs an idea created with a currency");
            } else if (link.customerValueMinor() != null && !idea.currencyCode().equals(link.currencyCode())) {
                violations.add("links[" + i + "].customer_value.currency_code", "is not " + idea.currencyCode()
                        + ", the currency of the idea");
            }
            if (responses.findByIdOptional(responseIds.get(i)).isEmpty()) {
                throw new NotFoundException("response " + responseIds.get(i) + " does not exist");
            }
        }
        violations.throwIfAny();
        for (int i = 0; i < links.size(); i++) {
            ideas.link(id, responseIds.get(i), links.get(i).customerValueMinor(), now());
        }
        return ranked(idea);
    }

    /** Ideas by priority (customers affected per point of effort), then value affected, then age. */
    @Transactional
    public List<RankedIdea> ranked(IdeaStatus status) {
        List<ImprovementIdea> found = ideas.withStatus(status);
        Map<UUID, IdeaImpact> impacts = ideas.impacts(found.stream().map(ImprovementIdea::id).toList());
        return found.stream()
                .map(idea -> new RankedIdea(idea, impacts.getOrDefault(idea.id(), IdeaImpact.NONE)))
                .sorted(Comparator.comparingDouble(RankedIdea::priority).reversed()
                        .thenComparing(r -> r.impact().valueMinor() == null ? 0L : r.impact().valueMinor(), Comparator.reverseOrder())
                        .thenComparing(r -> r.idea().createdAt()))
                .toList();
    }

    @Transactional
    public Shipped ship(String ideaId, String announcement) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("idea_id", ideaId);
        String text = announcement == null ? "" : announcement.strip();
        if (text.isEmpty()) {
            violations.add("announcement", "is required");
        } else if (text.length() > ImprovementIdea.MAX_TEXT_LENGTH) {
            violations.add("announcement", "is longer than " + ImprovementIdea.MAX_TEXT_LENGTH + " characters");
        }
        violations.throwIfAny();
        ImprovementIdea idea = locked(id);
        idea.ship(text, now());
        return new Shipped(ranked(idea), ideas.respondents(id));
    }

    private RankedIdea ranked(ImprovementIdea idea) {
        return new RankedIdea(idea, ideas.impacts(List.of(idea.id())).getOrDefault(idea.id(), IdeaImpact.NONE));
    }

    private ImprovementIdea locked(UUID id) {
        return ideas.findForUpdate(id).orElseThrow(() -> new NotFoundException("idea " + id + " does not exist"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
