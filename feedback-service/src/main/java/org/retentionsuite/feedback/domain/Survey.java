package org.retentionsuite.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** A survey: one main question, in every language it was written in, that customers answer on a scale. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private SurveyKind kind;

    @Column(name = "default_language")
    private String defaultLanguage;

    // Eager: a survey is always read with its texts, also after the transaction that loaded it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "text")
    private Map<String, String> question = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_language", joinColumns = @JoinColumn(name = "survey_id"))
    @Column(name = "language")
    private Set<String> languages = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private SurveyStatus status;

    @Column(name = "invitation_cool_down_days")
    private Integer invitationCoolDownDays;

    // The version of the survey's content, so that a response can say which wording it answered.
    private int version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private SurveyPurpose purpose = SurveyPurpose.GENERAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "ces_variant")
    private CesVariant cesVariant;

    // The main question's scale as answered: the kind's, or the CES variant's.
    @Column(name = "score_min")
    private short scoreMin;

    @Column(name = "score_max")
    private short scoreMax;

    @Column(name = "lower_score_is_better")
    private boolean lowerScoreIsBetter;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "response_limit")
    private Integer responseLimit;

    @Column(name = "reminder_after_days")
    private Integer reminderAfterDays;

    @Column(name = "link_slug")
    private String linkSlug;

    protected Survey() {
    }

    public Survey(SurveyDefinition definition, SurveyDetails details, Instant createdAt) {
        this(definition, createdAt);
        apply(details.settings());
    }

    public Survey(SurveyDefinition definition, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = definition.name();
        this.kind = definition.kind();
        this.defaultLanguage = definition.defaultLanguage();
        this.question.putAll(definition.question());
        this.languages.addAll(definition.languages());
        this.invitationCoolDownDays = definition.invitationCoolDownDays();
        this.status = SurveyStatus.DRAFT;
        this.version = 1;
        this.createdAt = createdAt;
        apply(SurveySettings.NONE);
    }

    private void apply(SurveySettings settings) {
        this.purpose = settings.purpose();
        this.cesVariant = kind == SurveyKind.CES ? settings.cesVariant() == null ? CesVariant.AGREEMENT_7
                : settings.cesVariant() : null;
        this.scoreMin = (short) (cesVariant == null ? kind.lowest() : cesVariant.lowest());
        this.scoreMax = (short) (cesVariant == null ? kind.highest() : cesVariant.highest());
        this.lowerScoreIsBetter = cesVariant != null && cesVariant.lowerIsBetter();
        this.startsAt = settings.startsAt();
        this.closesAt = settings.closesAt();
        this.responseLimit = settings.responseLimit();
        this.reminderAfterDays = settings.reminderAfterDays();
    }

    /**
     * Replaces the survey's content. A survey that has been live gets a new version, so that each
     * response keeps the wording it answered; a draft is edited in place. A closed survey stays as it
     * was; an active one must keep a text in every offered language.
     */
    public void edit(SurveyDefinition definition, SurveyDetails details) {
        requireStatus("edited", SurveyStatus.DRAFT, SurveyStatus.ACTIVE, SurveyStatus.PAUSED);
        this.name = definition.name();
        this.defaultLanguage = definition.defaultLanguage();
        this.question.clear();
        this.question.putAll(definition.question());
        this.languages.clear();
        this.languages.addAll(definition.languages());
        this.invitationCoolDownDays = definition.invitationCoolDownDays();
        apply(details.settings());
        if (status == SurveyStatus.ACTIVE) {
            requireTexts("edited", details.content());
        }
        if (status != SurveyStatus.DRAFT) {
            version++;
        }
    }

    public SurveySettings settings() {
        return new SurveySettings(purpose, cesVariant, startsAt, closesAt, responseLimit, reminderAfterDays);
    }

    public SurveyPurpose purpose() {
        return purpose;
    }

    public int scoreMin() {
        return scoreMin;
    }

    public int scoreMax() {
        return scoreMax;
    }

    /** CES effort (1-5): a low score is the good one. */
    public boolean lowerScoreIsBetter() {
        return lowerScoreIsBetter;
    }

    public Integer responseLimit() {
        return responseLimit;
    }

    /** The public link's slug, or null when the survey has none. */
    public String linkSlug() {
        return linkSlug;
    }

    /** Gives the survey its public link; one that has a link keeps it. */
    public void openLink(String slug) {
        requireStatus("given a link", SurveyStatus.DRAFT, SurveyStatus.ACTIVE, SurveyStatus.PAUSED);
        if (linkSlug == null) {
            linkSlug = slug;
        }
    }

    /** Refuses a main score off the survey's scale, naming the scale. */
    public void checkScore(int score) {
        if (score < scoreMin || score > scoreMax) {
            Violations violations = new Violations();
            violations.add("score", "is not on the " + kind + " scale " + scoreMin + "-" + scoreMax);
            violations.throwIfAny();
        }
    }

    /** A token is valid for the deployment's validity, but never past the survey's close date. */
    public Instant invitationExpiry(Instant validUntil) {
        return closesAt != null && closesAt.isBefore(validUntil) ? closesAt : validUntil;
    }

    /** Whether the survey takes invitations and responses at this instant: active and within its dates. */
    public boolean isOpenAt(Instant now) {
        return status == SurveyStatus.ACTIVE && (startsAt == null || !now.isBefore(startsAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    /** Invitations and responses are taken only while the survey is active and within its dates. */
    public void requireOpenFor(String what, Instant now) {
        requireActiveFor(what);
        if (startsAt != null && now.isBefore(startsAt)) {
            throw new FailedPreconditionException("survey " + id + " takes no " + what + " before " + startsAt);
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            throw new FailedPreconditionException("survey " + id + " takes no " + what + " since it closed at " + closesAt);
        }
    }

    /** Opens a draft or paused survey; every offered language needs every text. Already active: nothing changes. */
    public void activate(SurveyContent content) {
        if (status == SurveyStatus.ACTIVE) {
            return;
        }
        requireStatus("activated", SurveyStatus.DRAFT, SurveyStatus.PAUSED);
        requireTexts("activated", content);
        status = SurveyStatus.ACTIVE;
    }

    private void requireTexts(String change, SurveyContent content) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        String question = languages.stream().filter(l -> !this.question.containsKey(l)).sorted()
                .collect(Collectors.joining(", "));
        if (!question.isEmpty()) {
            missing.add("the question has no text in " + question);
        }
        missing.addAll(content.missingTexts(languages));
        if (!missing.isEmpty()) {
            throw new FailedPreconditionException("survey " + id + " cannot be " + change + ": " + String.join("; ", missing));
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SurveyKind kind() {
        return kind;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The main question's text per canonical BCP 47 language tag. */
    public Map<String, String> question() {
        return Collections.unmodifiableMap(question);
    }

    public SurveyStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The languages the survey is offered in; each needs a text before the survey goes live. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(languages);
    }

    /** This survey's own cool-down in days, or null for the deployment's default. */
    public Integer invitationCoolDownDays() {
        return invitationCoolDownDays;
    }

    /** Stops an active survey for a while. Already paused: nothing changes. */
    public void pause() {
        if (status != SurveyStatus.PAUSED) {
            requireStatus("paused", SurveyStatus.ACTIVE);
            status = SurveyStatus.PAUSED;
        }
    }

    /** Ends an active or paused survey for good. Already closed: nothing changes. */
    public void close() {
        if (status != SurveyStatus.CLOSED) {
            requireStatus("closed", SurveyStatus.ACTIVE, SurveyStatus.PAUSED);
            status = SurveyStatus.CLOSED;
        }
    }

    /** Invitations and responses are taken only while the survey is active. */
    public void requireActiveFor(String what) {
        if (status != SurveyStatus.ACTIVE) {
            throw new FailedPreconditionException("survey " + id + " is " + describe(status) + " and takes no " + what);
        }
    }

    private void requireStatus(String transition, SurveyStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new FailedPreconditionException("survey " + id + " is " + describe(status) + " and cannot be " + transition);
        }
    }

    private static String describe(SurveyStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
