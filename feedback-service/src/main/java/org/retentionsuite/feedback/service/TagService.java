package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.feedback.domain.TagRule;
import org.retentionsuite.feedback.domain.Tags;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.ResponseRepository;
import org.retentionsuite.feedback.repository.TagRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tags on responses: by hand, and by keyword rules per language when a response completes. */
@ApplicationScoped
public class TagService {

    private static final int MAX_TAGS = 20;

    private final TagRepository tags;
    private final ResponseRepository responses;
    private final Clock clock;

    public TagService(TagRepository tags, ResponseRepository responses, Clock clock) {
        this.tags = tags;
        this.responses = responses;
        this.clock = clock;
    }

    /** In the transaction that records the response. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRules(SurveyResponse response) {
        tags.applyRules(response.id(), Tags.primaryLanguage(response.language()), response.comment(), now());
    }

    @Transactional
    public TagRule createRule(String language, String keyword, String tag) {
        Violations violations = new Violations();
        String validLanguage = violations.requiredLanguageTag("language", language);
        String validKeyword = Tags.keyword(violations, keyword);
        String validTag = Tags.tag(violations, "tag", tag);
        violations.throwIfAny();
        String primary = Tags.primaryLanguage(validLanguage);
        // The same rule again is the rule there is: a retry creates nothing.
        java.util.Optional<TagRule> existing = tags.findRule(primary, validKeyword, validTag);
        if (existing.isPresent()) {
            return existing.get();
        }
        TagRule rule = new TagRule(primary, validKeyword, validTag, now());
        tags.persist(rule);
        return rule;
    }

    @Transactional
    public List<TagRule> rules(String language) {
        return tags.rules(language == null || language.isBlank() ? "" : Tags.primaryLanguage(language.strip()));
    }

    /** Adds the tags by hand; returns every tag of the response with its source. */
    @Transactional
    public Map<String, String> tag(String responseId, List<String> requested) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("response_id", responseId);
        if (requested.isEmpty()) {
            violations.add("tags", "is required");
        } else if (requested.size() > MAX_TAGS) {
            violations.add("tags", "has more than " + MAX_TAGS + " tags");
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < requested.size() && requested.size() <= MAX_TAGS; i++) {
            valid.add(Tags.tag(violations, "tags[" + i + "]", requested.get(i)));
        }
        violations.throwIfAny();
        if (responses.findByIdOptional(id).isEmpty()) {
            throw new NotFoundException("response " + id + " does not exist");
        }
        tags.tag(id, valid.stream().distinct().toList(), now());
        return tags.tagsOf(id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
